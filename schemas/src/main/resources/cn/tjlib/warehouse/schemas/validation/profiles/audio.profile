# 音频 · audio
include = common.rules

[TJV-AUDIO-FORMAT]
field    = format
check    = required
severity = WARNING
standard = GB/T 25100-2010 dc:format（宜用 MIME 类型）
zh       = 音频资源未著录格式（dc:format），如 audio/mpeg。
en       = The audio resource has no format (dc:format), e.g. audio/mpeg.
