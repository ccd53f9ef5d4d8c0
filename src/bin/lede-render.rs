//! `lede-render`: content in any format lede reads, rendered to the HTML a publisher puts in
//! its pages (see `./scripts/render` and the README's "Server rendering").

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Read;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use lede::formats::MAX_BYTES;
    use lede::load::LoadError;
    use lede::render::batch::{render_all, Job};
    use lede::render::fetch::Fetcher;
    use lede::render::{render, Options, Source, STYLESHEET};

    const USAGE: &str = "\
usage: lede-render [options] FILE|URL|-        the <lede-reader> element, or a page with --page
       lede-render [options] --built-in        the built-in article
       lede-render [options] --batch DIR FILE|FOLDER...
                                               every .json file into DIR/<name>.html, on all cores
       lede-render --stylesheet                the widget's stylesheet (lede.css)
       lede-render --catalogues DIR            every language's words into DIR/<language>.json
options:
  --page               a whole standalone page that loads lede.js
  --site URL|FILE      the site configuration (masthead, sections, newsletter)
  --base-url URL       what the content's relative links resolve against; for a FILE, also
                       the element's src (the content's own address)
  --bundle URL         the address of lede.js (lede.css beside it); default: lede.js
  --page-query QUERY   for --page: the query string the page is served with (?src=…)
  --newsletter off     no newsletter sign-up
  --lang TAG           the language of the page the element goes into
  --allow-private      let a URL be on a private or local network (refused by default)
  --threads N          for --batch: how many at once (default: every core)
  --repeat N           render N times and print the times (median, quartiles) to stderr, as
                       JSON, for the benchmark";

    /// Why the command did nothing.
    #[derive(Debug, thiserror::Error)]
    enum Failure {
        #[error("{0}\n{USAGE}")]
        Usage(String),
        #[error("{0}")]
        Load(#[from] LoadError),
        #[error("{path} could not be read: {error}")]
        Read { path: String, error: std::io::Error },
        #[error("{0}")]
        Batch(String),
        #[error("a catalogue cannot be used: {0}")]
        Catalogue(#[from] lede::render::fluent::FluentError),
    }

    impl From<lexopt::Error> for Failure {
        fn from(error: lexopt::Error) -> Self {
            Self::Usage(error.to_string())
        }
    }

    #[derive(Default)]
    struct Command {
        options: Options,
        input: Option<String>,
        built_in: bool,
        stylesheet: bool,
        catalogues: Option<PathBuf>,
        batch: Option<PathBuf>,
        inputs: Vec<PathBuf>,
        site: Option<String>,
        allow_private: bool,
        threads: Option<usize>,
        repeat: Option<usize>,
    }

    pub fn main() -> ExitCode {
        match run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(failure) => {
                eprintln!("lede-render: {failure}");
                match failure {
                    Failure::Usage(_) => ExitCode::from(2),
                    _ => ExitCode::FAILURE,
                }
            }
        }
    }

    fn run() -> Result<(), Failure> {
        let command = parse()?;
        if command.stylesheet {
            print!("{STYLESHEET}");
            return Ok(());
        }
        if let Some(folder) = &command.catalogues {
            return write_catalogues(folder);
        }
        let fetcher = Fetcher::new(command.allow_private);
        let mut options = command.options;
        if let Some(site) = &command.site {
            let (url, text) = read(&fetcher, "site configuration", site)?;
            options.site = Some(Source { url, text });
        }
        if let Some(out) = &command.batch {
            return batch(out, &command.inputs, &options, command.threads);
        }
        let source = if command.built_in {
            None
        } else {
            let input = command
                .input
                .ok_or_else(|| Failure::Usage("nothing to render".into()))?;
            let (url, text) = read(&fetcher, "article", &input)?;
            if is_web_address(&input) {
                // Relative links resolve against where the content was in the end.
                options.base_url = options.base_url.or(Some(url.clone()));
                options.src = Some(input);
            } else {
                options.src = options.base_url.clone();
            }
            Some(Source { url, text })
        };
        if let Some(times) = command.repeat {
            timed(source.as_ref(), &options, times)?;
        }
        print!("{}", render(source.as_ref(), &options)?);
        Ok(())
    }

    /// Renders `times` times and says how long each took, in milliseconds, as JSON on stderr.
    fn timed(source: Option<&Source>, options: &Options, times: usize) -> Result<(), Failure> {
        let mut took = Vec::with_capacity(times);
        for _ in 0..times.max(1) {
            let started = std::time::Instant::now();
            render(source, options)?;
            took.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        took.sort_by(f64::total_cmp);
        let at = |q: f64| took[((took.len() - 1) as f64 * q).round() as usize];
        eprintln!(
            "{{\"renders\":{},\"median_ms\":{:.3},\"p25_ms\":{:.3},\"p75_ms\":{:.3}}}",
            took.len(),
            at(0.5),
            at(0.25),
            at(0.75)
        );
        Ok(())
    }

    fn parse() -> Result<Command, Failure> {
        use lexopt::prelude::*;
        let mut command = Command::default();
        let mut parser = lexopt::Parser::from_env();
        while let Some(arg) = parser.next()? {
            match arg {
                Long("page") => command.options.page = true,
                Long("site") => command.site = Some(text(&mut parser)?),
                Long("base-url") => command.options.base_url = Some(text(&mut parser)?),
                Long("bundle") => command.options.bundle = text(&mut parser)?,
                Long("page-query") => command.options.page_query = text(&mut parser)?,
                Long("lang") => command.options.page_language = Some(text(&mut parser)?),
                Long("newsletter") => match text(&mut parser)?.as_str() {
                    "off" => command.options.newsletter = false,
                    "on" => command.options.newsletter = true,
                    other => return Err(Failure::Usage(format!("--newsletter {other}"))),
                },
                Long("allow-private") => command.allow_private = true,
                Long("built-in") => command.built_in = true,
                Long("stylesheet") => command.stylesheet = true,
                Long("catalogues") => command.catalogues = Some(PathBuf::from(text(&mut parser)?)),
                Long("batch") => command.batch = Some(PathBuf::from(text(&mut parser)?)),
                Long("repeat") => {
                    let repeat = text(&mut parser)?;
                    command.repeat = Some(
                        repeat
                            .parse()
                            .map_err(|_| Failure::Usage(format!("--repeat {repeat}")))?,
                    );
                }
                Long("threads") => {
                    let threads = text(&mut parser)?;
                    command.threads = Some(
                        threads
                            .parse()
                            .map_err(|_| Failure::Usage(format!("--threads {threads}")))?,
                    );
                }
                Long("help") | Short('h') => return Err(Failure::Usage(String::new())),
                Value(value) => {
                    let value = value
                        .into_string()
                        .map_err(|_| Failure::Usage("a path is not valid text".into()))?;
                    if command.batch.is_some() {
                        command.inputs.push(PathBuf::from(value));
                    } else if command.input.replace(value).is_some() {
                        return Err(Failure::Usage("one input at a time (or --batch)".into()));
                    }
                }
                other => return Err(other.unexpected().into()),
            }
        }
        Ok(command)
    }

    /// Every language's catalogue but English (which is in the wasm), as the widget fetches it.
    fn write_catalogues(folder: &Path) -> Result<(), Failure> {
        let failed = |error| Failure::Read {
            path: folder.display().to_string(),
            error,
        };
        std::fs::create_dir_all(folder).map_err(failed)?;
        for catalogue in lede::render::catalogues::all()? {
            if catalogue.language == "en" {
                continue;
            }
            let json = lede::formats::write_catalogue(&catalogue).to_string();
            let path = folder.join(format!("{}.json", catalogue.language));
            std::fs::write(&path, json).map_err(failed)?;
        }
        Ok(())
    }

    fn text(parser: &mut lexopt::Parser) -> Result<String, Failure> {
        parser
            .value()?
            .into_string()
            .map_err(|_| Failure::Usage("an argument is not valid text".into()))
    }

    fn is_web_address(input: &str) -> bool {
        input.contains("://") || input.starts_with("javascript:") || input.starts_with("data:")
    }

    /// The text of a document named on the command line, and the address its links are
    /// relative to: fetched (`URL`), read (`FILE`), or standard input (`-`); within lede's
    /// size limit either way.
    fn read(
        fetcher: &Fetcher,
        what: &'static str,
        input: &str,
    ) -> Result<(String, String), Failure> {
        if is_web_address(input) {
            let fetched = fetcher.fetch(what, input)?;
            return Ok((fetched.url, fetched.text));
        }
        let failed = |error| Failure::Read {
            path: input.to_owned(),
            error,
        };
        let mut bytes = Vec::new();
        let limit = MAX_BYTES as u64 + 1;
        if input == "-" {
            std::io::stdin()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(failed)?;
        } else {
            std::fs::File::open(input)
                .and_then(|file| file.take(limit).read_to_end(&mut bytes))
                .map_err(failed)?;
        }
        // Too large, or not UTF-8: the widget's own messages.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        Ok((input.to_owned(), text))
    }

    fn batch(
        out: &Path,
        inputs: &[PathBuf],
        options: &Options,
        threads: Option<usize>,
    ) -> Result<(), Failure> {
        std::fs::create_dir_all(out).map_err(|error| Failure::Read {
            path: out.display().to_string(),
            error,
        })?;
        let mut jobs = Vec::new();
        for input in inputs {
            let files: Vec<PathBuf> = if input.is_dir() {
                let mut files: Vec<PathBuf> = std::fs::read_dir(input)
                    .map_err(|error| Failure::Read {
                        path: input.display().to_string(),
                        error,
                    })?
                    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                    .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                    .collect();
                files.sort();
                files
            } else {
                vec![input.clone()]
            };
            for file in files {
                let name = file
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                jobs.push(Job {
                    output: out.join(format!("{name}.html")),
                    input: file,
                });
            }
        }
        if jobs.is_empty() {
            return Err(Failure::Usage(
                "--batch needs files or folders to render".into(),
            ));
        }
        let threads = threads.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        });
        let report = render_all(&jobs, options, threads);
        for (path, error) in &report.failed {
            eprintln!("lede-render: {}: {error}", path.display());
        }
        eprintln!(
            "lede-render: {} of {} rendered in {:.2} s on {} threads: {:.1} a second",
            report.rendered,
            jobs.len(),
            report.elapsed.as_secs_f64(),
            report.threads,
            report.throughput()
        );
        if report.failed.is_empty() {
            Ok(())
        } else {
            Err(Failure::Batch(format!(
                "{} could not be rendered",
                report.failed.len()
            )))
        }
    }
}
