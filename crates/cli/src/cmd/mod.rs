//! One module per subcommand: its arguments and the call into the libraries.

pub mod eval;
pub mod extract;
pub mod gold;
pub mod kb;
pub mod train;
pub mod validate;
