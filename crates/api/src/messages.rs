//! Messages for rule codes in the six official languages (placeholder until translated).

use convene_domain::values::Lang;

/// The message for a code in `lang`.
pub fn message(code: &str, _lang: Lang, _params: &[(String, String)]) -> String {
    code.to_string()
}
