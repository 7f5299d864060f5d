# 期刊 · journal
include = text.rules

[TJV-JOURNAL-PUBLISHER]
field    = publisher
check    = required
severity = ERROR
standard = GB/T 25100-2010 dc:publisher; CNMARC 210$c
zh       = 期刊缺少出版者或主办单位（dc:publisher）。
en       = A journal needs a publisher or sponsoring body (dc:publisher).

[TJV-JOURNAL-ISSN-CN]
field    = identifier
check    = identifier-of-type
types    = ISSN, CN
severity = ERROR
standard = GB/T 9999.1-2018 ISSN; GB/T 9999.2-2018 CN; CNMARC 011
zh       = 期刊缺少 ISSN 或 CN 号。
en       = A journal needs an ISSN or a CN serial number.
