# 报纸 · newspaper
include = text.rules

[TJV-NEWSPAPER-ISSN-CN]
field    = identifier
check    = identifier-of-type
types    = ISSN, CN
severity = WARNING
standard = GB/T 9999.2-2018 国内统一连续出版物号; CNMARC 011（有则必备）
zh       = 报纸未著录 ISSN 或 CN 号（历史报纸可无）。
en       = The newspaper has no ISSN or CN serial number (historical papers may have none).
