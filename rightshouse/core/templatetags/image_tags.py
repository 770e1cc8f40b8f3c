from django import template

from rightshouse.core import renditions

register = template.Library()


@register.simple_tag
def responsive_picture(image, placement, alt, lazy=True):
    """`{% responsive_picture image "column" alt_text %}`: see rightshouse.core.renditions."""
    return renditions.picture(image, placement, alt, lazy=lazy)
