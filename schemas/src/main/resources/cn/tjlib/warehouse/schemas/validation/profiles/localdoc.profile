# 地方文献 · local document
# Many local documents are internal publications (内部资料) with no ISBN: the OAI identifier is their
# only identifier, so a missing dc:identifier is a warning here, not an error.
include = text.rules
exclude = TJV-IDENTIFIER-REQUIRED

[TJV-LOCALDOC-IDENTIFIER]
field    = identifier
check    = required
severity = WARNING
standard = WH/T 65-2014 标识符; 联盟著录细则：内部资料可无正式标识符
zh       = 地方文献未著录标识符（内部资料可无 ISBN，但宜著录内部资料准印证号等）。
en       = The local document has no identifier (internal publications may lack an ISBN, but should give e.g. their permit number).
