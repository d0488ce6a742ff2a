using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>Where the public pages read content: published items only, types with editors' extra fields, media.</summary>
internal sealed class PortalContent(IContentQuery query, IContentDefinitionStore definitions, IModuleCapability<IMediaLibrary> media)
{
    public IContentQuery Query => query;

    /// <summary>The effective type (with editors' extra fields); null for a type nobody declares any more.</summary>
    public async Task<ContentTypeDefinition?> TypeAsync(string name, CancellationToken cancellationToken) =>
        await definitions.GetTypeAsync(name, cancellationToken) ?? PortalContentTypes.All.FirstOrDefault(t => t.Name == name);

    /// <summary>The effective definition of one of the portal's own types.</summary>
    public async Task<ContentTypeDefinition> PortalTypeAsync(string name, CancellationToken cancellationToken) =>
        await TypeAsync(name, cancellationToken) ?? PortalContentTypes.Get(name);

    public Task<IReadOnlyList<ContentItemView>> ListAsync(string type, string culture, CancellationToken cancellationToken) =>
        query.ListPublishedAsync(type, culture, cancellationToken);

    public Task<ContentItemView?> GetAsync(string type, string culture, string slug, CancellationToken cancellationToken) =>
        query.GetPublishedAsync(type, culture, slug, cancellationToken);

    /// <summary>The guide pages: published pages with a menu position, in menu order.</summary>
    public async Task<IReadOnlyList<ContentItemView>> GuidesAsync(string culture, CancellationToken cancellationToken) =>
        (await ListAsync(PortalContentTypes.Page, culture, cancellationToken))
            .Where(p => p.Fields.GetNumber("menuOrder") is not null)
            .OrderBy(p => p.Fields.GetNumber("menuOrder"))
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Where the language switch leads: the published translation of the item, else the other
    /// language's list of the type (its home page for pages).
    /// </summary>
    public async Task<(string Url, bool IsTranslation)> AlternateAsync(ContentItemView item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var other = item.Culture == Cultures.English ? Cultures.Japanese : Cultures.English;
        var translation = (await query.GetPublishedTranslationsAsync(item.TranslationGroupId, cancellationToken))
            .FirstOrDefault(t => t.Culture == other && t.ContentType == item.ContentType);
        return translation is null
            ? (ContentRoutes.ListUrlFor(type, other), false)
            : (ContentRoutes.UrlFor(type, other, translation.Slug), true);
    }

    /// <summary>The media assets an item's Media fields point to, when the media library is on.</summary>
    public async Task<IReadOnlyDictionary<string, MediaAsset>> MediaAsync(ContentItemView item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, MediaAsset>(StringComparer.Ordinal);
        if (media.Value is not { } library)
        {
            return found;
        }

        foreach (var field in type.Fields.Where(f => f.Kind == ContentFieldKind.Media))
        {
            if (item.GetText(field.Name) is { Length: > 0 } id && !found.ContainsKey(id)
                && await library.GetAsync(id, cancellationToken) is { } asset)
            {
                found[id] = asset;
            }
        }

        return found;
    }

    /// <summary>The site-relative URLs of the media assets with these ids that exist, when the media library is on.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MediaUrlsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (media.Value is { } library)
        {
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (await library.GetAsync(id, cancellationToken) is { } asset)
                {
                    urls[id] = asset.Url;
                }
            }
        }

        return urls;
    }
}
