"""Display helpers shared by charts (``framing.plot``) and reports (``framing.report``):
Arabic text setting and number formats (:mod:`.text`), the bundled fonts (:mod:`.fonts`)."""
