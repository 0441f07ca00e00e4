//! What a use case returns when it does not succeed: a business refusal for the caller
//! (`UserError`, shown as `userErrors` with a translated message), or a technical failure.

use convene_domain::error::{ErrorCode, Rejection};
use convene_store::StoreError;

/// A business error's code: one of PRODUCT.md section 4, or `FORBIDDEN` for a role that
/// may not do this at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserCode {
    Rule(ErrorCode),
    Forbidden,
}

impl UserCode {
    /// The wire name, e.g. `ROOM_UNAVAILABLE` or `FORBIDDEN`.
    pub fn as_str(self) -> &'static str {
        match self {
            UserCode::Rule(code) => code.as_str(),
            UserCode::Forbidden => "FORBIDDEN",
        }
    }
}

/// A refusal the caller can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    pub code: UserCode,
    /// The input field concerned (camelCase), if any.
    pub field: Option<String>,
    /// Values for the translated message.
    pub params: Vec<(String, String)>,
    /// For `VERSION_CONFLICT`: the current version.
    pub current_version: Option<u64>,
    /// An English description for logs (the API translates from code and params).
    pub detail: String,
}

impl UserError {
    /// A refusal with a code and nothing else.
    pub fn new(code: ErrorCode) -> Self {
        UserError {
            code: UserCode::Rule(code),
            field: None,
            params: Vec::new(),
            current_version: None,
            detail: code.as_str().to_string(),
        }
    }

    /// `FORBIDDEN`: the role may not do this.
    pub fn forbidden(what: &str) -> Self {
        UserError {
            code: UserCode::Forbidden,
            field: None,
            params: vec![("action".to_string(), what.to_string())],
            current_version: None,
            detail: format!("this role may not {what}"),
        }
    }

    /// `NOT_FOUND` for an id that does not exist or is not visible to the caller.
    pub fn not_found(field: &str) -> Self {
        UserError {
            field: Some(field.to_string()),
            ..UserError::new(ErrorCode::NotFound)
        }
    }

    /// `VALIDATION` on one field.
    pub fn invalid(field: &str, detail: impl Into<String>) -> Self {
        UserError {
            field: Some(field.to_string()),
            detail: detail.into(),
            ..UserError::new(ErrorCode::Validation)
        }
    }

    /// `VERSION_CONFLICT` with the current version.
    pub fn version_conflict(current: u64) -> Self {
        UserError {
            field: Some("expectedVersion".to_string()),
            params: vec![("currentVersion".to_string(), current.to_string())],
            current_version: Some(current),
            ..UserError::new(ErrorCode::VersionConflict)
        }
    }

    /// Names the input field, unless the error already names one.
    pub fn on_field(mut self, field: &str) -> Self {
        if self.field.is_none() {
            self.field = Some(field.to_string());
        }
        self
    }
}

/// Turns any domain refusal into a user error.
pub fn rejected<R: Rejection>(rejection: R) -> UserError {
    let code = rejection.code();
    let current_version = rejection
        .params()
        .iter()
        .find(|(name, _)| *name == "currentVersion")
        .and_then(|(_, value)| value.parse().ok());
    UserError {
        code: UserCode::Rule(code),
        field: rejection.field().map(str::to_string),
        params: rejection
            .params()
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
        current_version,
        detail: rejection.to_string(),
    }
}

/// Why a use case failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppError {
    /// A business refusal: reported to the caller, not logged as a failure.
    #[error("{}: {}", .0.code.as_str(), .0.detail)]
    User(UserError),
    /// A technical failure of the store (I/O, unavailable, corrupt).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The store kept changing under a command: it gave up after its retries.
    #[error("too much contention on {0}; try again")]
    Contention(String),
}

impl From<UserError> for AppError {
    fn from(error: UserError) -> Self {
        AppError::User(error)
    }
}

/// A use case's result.
pub type AppResult<T> = Result<T, AppError>;
