"""The sandbox escape suite's material: the host world an attack must not reach (:mod:`.world`), the
attacks themselves as data (:mod:`.attacks`) and the unprivileged re-run harness (:mod:`.unprivileged`)."""
