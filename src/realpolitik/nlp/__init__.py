"""Language analysis: one spaCy pass per document (sentences, tokens, POS, lemmas, parse, NER).

Needs: `Document.text`. Adds: a `spacy.tokens.Doc` whose character offsets equal the text's.
"""

from realpolitik.nlp.pipeline import load_pipeline, parse_texts

__all__ = ["load_pipeline", "parse_texts"]
