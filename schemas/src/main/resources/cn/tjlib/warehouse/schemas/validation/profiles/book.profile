# 图书 · book
include = text.rules

[TJV-BOOK-PUBLISHER]
field    = publisher
check    = required
severity = ERROR
standard = WH/T 65-2014 出版者（必备）; CNMARC 210$c
zh       = 图书缺少出版者（dc:publisher）。
en       = A book needs a publisher (dc:publisher).

[TJV-BOOK-ISBN]
field    = identifier
check    = identifier-of-type
types    = ISBN
severity = ERROR
standard = GB/T 5795-2006 中国标准书号; WH/T 65-2014 标识符; CNMARC 010（有则必备）
zh       = 图书缺少 ISBN；无 ISBN 的内部资料请著录为“地方文献”等类型。
en       = A book needs an ISBN; internal publications without one belong under another type such as 地方文献.
