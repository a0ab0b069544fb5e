//! One module per subcommand: its arguments and the call into the libraries.

pub mod convert;
pub mod eval;
pub mod extract;
pub mod gold;
pub mod kb;
pub mod refdata;
pub mod report;
pub mod train;
pub mod validate;
