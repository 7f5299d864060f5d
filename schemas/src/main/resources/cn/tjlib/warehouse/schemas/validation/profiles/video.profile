# 视频 · video
include = common.rules

[TJV-VIDEO-FORMAT]
field    = format
check    = required
severity = WARNING
standard = GB/T 25100-2010 dc:format（宜用 MIME 类型）
zh       = 视频资源未著录格式（dc:format），如 video/mp4。
en       = The video resource has no format (dc:format), e.g. video/mp4.
