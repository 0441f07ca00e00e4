//! Messages for rule codes in the six official languages.
