//! Rebuilds the crate when a Fluent file changes or is added: `static_loader!` reads them at
//! compile time, and cargo does not know about those reads.

fn main() {
    println!("cargo:rerun-if-changed=locales");
}
