# Django's English DATE_FORMAT is the American "Dec. 10, 2025"; the site writes the day first,
# as in its Belarusian and Russian dates: "10 December 2025".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
