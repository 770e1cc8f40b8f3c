from wagtail.search import index


def stemmed_title_field():
    """Page's SearchField("title"), holding the page's `search_text()` instead of its title.

    `get_search_fields()` keeps the last field of each kind and name, so listed after
    `Page.search_fields` this one replaces Page's own title field: the index's title column
    then holds the stems of the whole publication, and no unstemmed title word can match a
    query stem by chance (Belarusian «пра», "about", is the stem of «права», "rights").
    Page's own field objects stay in the list, as Wagtail's check wagtailsearch.W001 wants.
    """
    field = index.SearchField("title")
    field.get_value = lambda obj: obj.search_text()
    return field
