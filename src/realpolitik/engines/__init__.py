"""Engines: where `run`'s per-document stages (clean, parse, actors, places, events) execute.

The local engine is `pipeline.run` itself (this process and a pool of forked workers). Here:
`dask_engine.DaskEngine`, the same stage functions as Dask tasks on a `distributed` cluster.
Nothing here is imported unless `run(engine="dask")` is asked for, and dask only then.
"""
