# Django's Russian DATE_FORMAT ends in "г." ("10 декабря 2025 г."); the site writes dates
# the same way in every language: day, genitive month, year.
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
