//! Many documents rendered in one run, on every core: a site's archive. Each thread renders
//! on its own (Yew's components are not shared between threads), taking the next document as
//! it finishes one.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{render, Options, Source};
use crate::load::LoadError;

/// One document to render, and where its HTML goes.
#[derive(Debug, Clone)]
pub struct Job {
    pub input: PathBuf,
    pub output: PathBuf,
}

/// Why one document of a batch was not rendered.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Content(#[from] LoadError),
    #[error("{path} could not be read or written: {error}")]
    File {
        path: PathBuf,
        error: std::io::Error,
    },
}

/// What a batch did.
#[derive(Debug)]
pub struct Report {
    pub rendered: usize,
    pub failed: Vec<(PathBuf, JobError)>,
    pub elapsed: Duration,
    pub threads: usize,
}

impl Report {
    /// Documents rendered a second.
    pub fn throughput(&self) -> f64 {
        self.rendered as f64 / self.elapsed.as_secs_f64().max(f64::EPSILON)
    }
}

/// Renders every job with `options` (its `src` and `base_url` are the same for all: a batch of
/// files is rendered without an address of its own) on `threads` threads.
pub fn render_all(jobs: &[Job], options: &Options, threads: usize) -> Report {
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    let rendered = AtomicUsize::new(0);
    let threads = threads.clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    match render_one(job, options) {
                        Ok(()) => {
                            rendered.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(error) => {
                            if let Ok(mut failed) = failed.lock() {
                                failed.push((job.input.clone(), error));
                            }
                        }
                    }
                }
            });
        }
    });
    Report {
        rendered: rendered.into_inner(),
        failed: failed.into_inner().unwrap_or_default(),
        elapsed: started.elapsed(),
        threads,
    }
}

fn render_one(job: &Job, options: &Options) -> Result<(), JobError> {
    let text = std::fs::read_to_string(&job.input).map_err(|error| JobError::File {
        path: job.input.clone(),
        error,
    })?;
    let source = Source {
        url: job.input.display().to_string(),
        text,
    };
    let html = render(Some(&source), options)?;
    std::fs::write(&job.output, html).map_err(|error| JobError::File {
        path: job.output.clone(),
        error,
    })
}
