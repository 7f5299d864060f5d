# 学位论文 · thesis
include = text.rules

[TJV-THESIS-INSTITUTION]
field    = publisher
check    = required
severity = WARNING
standard = GB/T 7713.1-2006 学位论文编写规则 学位授予单位; GB/T 25100-2010 dc:publisher
zh       = 学位论文未著录学位授予单位（dc:publisher）。
en       = The thesis does not name the degree-granting institution (dc:publisher).
