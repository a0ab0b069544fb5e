//! Where the model files are: `--models DIR`, else `$SCORELINE_MODELS`, else
//! `models/` in the working directory, else the repository's `models/` this
//! binary was built from.

use std::path::PathBuf;

pub fn models_dir(flag: Option<PathBuf>) -> PathBuf {
    if let Some(dir) = flag {
        return dir;
    }
    if let Some(dir) = std::env::var_os("SCORELINE_MODELS") {
        return PathBuf::from(dir);
    }
    let here = PathBuf::from("models");
    if here.join("refdata").is_dir() {
        return here;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models")
}
