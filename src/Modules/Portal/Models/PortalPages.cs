using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Modules.Portal.Services;

namespace OpenCityAomori.Modules.Portal.Models;

/// <summary>The home page: the intro page and the latest of each kind of content.</summary>
internal sealed record HomePage(
    ContentItemView? Intro,
    IReadOnlyList<ContentItemView> News,
    IReadOnlyList<ContentItemView> OpenChallenges,
    IReadOnlyList<ContentItemView> Cases,
    IReadOnlyList<ContentItemView> Guides,
    string Culture);

/// <summary>One item's public page, or its preview, which must look exactly the same.</summary>
internal sealed record DetailPage(
    ContentTypeDefinition Type,
    ContentItemView Item,
    IReadOnlyDictionary<string, MediaAsset> Media,
    IReadOnlyList<ContentItemView> Siblings)
{
    public string Culture => Item.Culture;

    public string Url => ContentRoutes.UrlFor(Type, Item.Culture, Item.Slug);

    public string ListUrl => ContentRoutes.ListUrlFor(Type, Item.Culture);

    public string TagUrl(string tag) => $"{ListUrl}?tag={Uri.EscapeDataString(tag)}";

    public string FilterUrl(string key, string value) => $"{ListUrl}?{key}={Uri.EscapeDataString(value)}";

    /// <summary>The list filter that narrows the list to a value of <paramref name="field"/>, when the type's public list has one.</summary>
    public string? FilterKey(string field) => Type.PublicList?.Filters is not { } filters ? null
        : filters.Contains(field) ? field
        : field == "tags" && filters.Contains(ListFilter.Tag) ? ListFilter.Tag
        : null;

    public MediaAsset? Image(string field) => Item.GetText(field) is { } id ? Media.GetValueOrDefault(id) : null;

    public string Label(string field, string? value) => Type.Field(field)?.OptionLabel(value) ?? value ?? string.Empty;

    public string SubLabel(string group, string field, string? value) =>
        Type.Field(group)?.Fields.FirstOrDefault(f => f.Name == field)?.OptionLabel(value) ?? value ?? string.Empty;
}

/// <summary>One entry of a list (or of a home-page section), with its type for URLs and labels.</summary>
internal sealed record ListItem(ContentTypeDefinition Type, ContentItemView Item)
{
    public string Url => ContentRoutes.UrlFor(Type, Item.Culture, Item.Slug);

    public string Label(string field) => Type.Field(field)?.OptionLabel(Item.GetText(field)) ?? string.Empty;
}
