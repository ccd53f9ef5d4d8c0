//! `lede-split IN.wasm OUT_DIR`: splits lede's linked wasm (built with `--emit-relocs`) at its
//! `#[wasm_split]` points into OUT_DIR/lede.wasm (the main module, for wasm-bindgen), one
//! `.wasm` per chunk, and `__wasm_split.js` (their loaders, which import `initSync` from
//! `./lede.js`, wasm-bindgen's glue).

use std::path::PathBuf;

use eyre::{eyre, WrapErr};

fn main() -> eyre::Result<()> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let (Some(input), Some(out)) = (args.next(), args.next()) else {
        return Err(eyre!("usage: lede-split IN.wasm OUT_DIR"));
    };
    let wasm = std::fs::read(&input).wrap_err_with(|| format!("reading {}", input.display()))?;
    let main_out = out.join("lede.wasm");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = &out;
    options.main_out_path = &main_out;
    options.main_module = "./lede.js";
    options.target.web();
    let split = wasm_split_cli_support::transform(options)?;
    for module in &split.split_modules {
        println!("chunk {}", module.display());
    }
    Ok(())
}
