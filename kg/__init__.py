"""kg: multilingual news about international agreements -> a validated RDF knowledge graph.

The pipeline is a chain of functions over one :class:`kg.doc.Document`:
``read_document`` -> ``extract`` -> ``link`` -> ``build_dataset`` -> ``validate_graph``
-> export. :func:`kg.pipeline.build_documents` runs the first three.
"""
__version__ = "0.1.0"
