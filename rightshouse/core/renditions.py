"""How images are shown on public pages: the renditions made for each place in the layout,
their formats, and the <picture> element that offers them.

Renditions are made on first use and served from the site's own media storage, like the
originals: nothing comes from a third party.
"""

import logging
from dataclasses import dataclass

from PIL import features
from wagtail.images.models import Picture, SourceImageIOError

logger = logging.getLogger(__name__)

# AVIF first, JPEG for browsers without it (and as the <img> fallback). AVIF was ~25 % smaller
# than JPEG at these widths on photographs, where WebP at Wagtail's default quality was
# larger than the JPEG, so a WebP set would cost renditions and disk without saving bytes.
# Pillow's wheels encode AVIF; a Pillow built without libavif gets JPEG alone.
FORMATS = ("avif", "jpeg") if features.check("avif") else ("jpeg",)


@dataclass(frozen=True)
class Placement:
    """Where an image goes in the layout: the widths of its renditions, the `sizes` attribute
    telling the browser how wide it is shown, and a crop (width:height) if any."""

    widths: tuple
    sizes: str
    crop: tuple = None

    def filter_specs(self, image):
        """{width: Wagtail filter spec without a format}; never wider than the original,
        which Wagtail would not enlarge anyway (two specs would make the same file)."""
        specs = {}
        for width in sorted({min(width, image.width) for width in self.widths}):
            if self.crop:
                height = max(1, round(width * self.crop[1] / self.crop[0]))
                specs[width] = f"fill-{width}x{height}"
            else:
                specs[width] = f"width-{width}"
        return specs


PLACEMENTS = {
    # The reading column (site.css: --reading 40rem) between the gutters (1.5rem each, 1rem
    # on phones): 1x and 2x of a phone's ~340 px, 1x of the full column's 640 px, and 1200
    # for it at 2x.
    "column": Placement(
        widths=(400, 800, 1200), sizes="(min-width: 43rem) 40rem, calc(100vw - 2rem)"
    ),
    # A list item's thumbnail (site.css: .publication-card__image), 3:2 around the focal
    # point the editor set: 9rem wide, 6rem on narrow screens; 1x and 2x.
    "thumbnail": Placement(widths=(144, 288), sizes="(max-width: 40rem) 6rem, 9rem", crop=(3, 2)),
}


def picture(image, placement, alt, lazy=True):
    """A <picture> of `image` for `placement` (a key of PLACEMENTS) with `alt` as its text.

    The <img> carries the width and height of the largest rendition, so the browser reserves
    the space before the file arrives (no layout shift) and never stretches it beyond that;
    `lazy` images load only when they come near the screen, all decode off the main thread.

    Nothing is shown for a deleted image, one without a text alternative (the forms require
    one; data from elsewhere might lack it) or one whose file is missing from the storage.
    """
    if image is None or not alt:
        return ""
    placement = PLACEMENTS[placement]
    specs = placement.filter_specs(image)
    try:
        renditions = image.get_renditions(
            *(f"{spec}|format-{fmt}" for fmt in FORMATS for spec in specs.values())
        )
    except SourceImageIOError:
        logger.warning("The file of image %s is missing; it is not shown.", image.pk)
        return ""
    largest = renditions[f"{specs[max(specs)]}|format-{FORMATS[-1]}"]
    attrs = {
        "alt": alt,
        "width": largest.width,
        "height": largest.height,
        "decoding": "async",
        # A `sizes` with a single candidate per format has nothing to choose between.
        "sizes": placement.sizes if len(specs) > 1 else None,
    }
    if lazy:
        attrs["loading"] = "lazy"
    return Picture(renditions, attrs)
