# 其他 · other: records whose dc:type is missing or not in vocab/types.tsv get the common rules only
include = common.rules
