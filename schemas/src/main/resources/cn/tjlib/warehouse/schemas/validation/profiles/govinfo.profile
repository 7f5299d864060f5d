# 政府信息 · government information
include = text.rules

[TJV-GOVINFO-PUBLISHER]
field    = publisher
check    = required
severity = WARNING
standard = 《政府信息公开条例》发布机关; GB/T 25100-2010 dc:publisher
zh       = 政府信息未著录发布机关（dc:publisher）。
en       = The government document does not name the issuing body (dc:publisher).
