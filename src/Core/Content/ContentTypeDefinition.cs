using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Content;

/// <summary>
/// A content type declared in code by a module (through <see cref="IContentTypeProvider"/>); editors may
/// add extra fields in the admin. Items of the type are served at <see cref="ContentRoutes.UrlFor"/>.
/// </summary>
public sealed record ContentTypeDefinition(string Name, LocalizedText DisplayName, IReadOnlyList<ContentFieldDefinition> Fields)
{
    /// <summary>First URL segment of the type's public pages ("cases" → /cases/{slug}); empty → /{slug}.</summary>
    public string RoutePrefix { get; init; } = string.Empty;

    /// <summary>Text field shown in lists, snippets and Open Graph descriptions.</summary>
    public string? SummaryField { get; init; }

    /// <summary>Main Markdown/HTML field (searched, shown on the detail page).</summary>
    public string? BodyField { get; init; }

    /// <summary>Date field that dates the item (sorting, year facet, feeds); published date when null.</summary>
    public string? DateField { get; init; }

    /// <summary>
    /// The Department field naming the department an item belongs to: staff holding the content module's
    /// "draft own department's content" permission create and edit never-published drafts of the type for
    /// their own active department only (the field is forced to it); null: no department drafts.
    /// </summary>
    public string? OwnerDepartmentField { get; init; }

    /// <summary>Whether published items of the type go into the public search index.</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>
    /// The public list at /{RoutePrefix} (and /en/…) with a page per item, for a type another module declares (agreements,
    /// pilots): the portal serves it, puts it in its menu, sitemap and open data; null for types without one.
    /// </summary>
    public ContentPublicList? PublicList { get; init; }

    public ContentFieldDefinition? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>
/// A declared type's public list: title and introduction, the fields it is filtered by (Select, Text or Tags facets),
/// items per page and the place in the main menu.
/// </summary>
public sealed record ContentPublicList(LocalizedText Title, LocalizedText Intro, IReadOnlyList<string> Filters, int PageSize, int MenuOrder);

/// <summary>
/// A field of a content type. Stored values (JSON) by kind: Text, MultilineText, Markdown, Html, Select,
/// Link (absolute http(s) URL or site path), Reference (ContentItemId), Media (media id), Department (the
/// code of an active department of the directory) → string;
/// Date → "yyyy-MM-dd" string; Number → number; Tags → array of strings; Group → array of objects
/// whose properties are the values of <see cref="Fields"/>.
/// </summary>
public sealed record ContentFieldDefinition(string Name, LocalizedText Label, ContentFieldKind Kind)
{
    public bool Required { get; init; }

    public LocalizedText? Hint { get; init; }

    /// <summary>Choices of a Select field.</summary>
    public IReadOnlyList<ContentFieldOption> Options { get; init; } = [];

    /// <summary>Content type that a Reference field points to.</summary>
    public string? ReferenceType { get; init; }

    /// <summary>Sub-fields of a repeatable Group (no nested groups).</summary>
    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    /// <summary>Search offers the field's values as a facet and filter (Select, Text, Tags).</summary>
    public bool IsFacet { get; init; }

    /// <summary>Maximum length of text values; 0 means the kind's default.</summary>
    public int MaxLength { get; init; }

    /// <summary>
    /// Of a Department field: the Text field that keeps the department's name in the item's language, written
    /// on every save (the name as it was stays with old versions and open data; editors do not type it).
    /// </summary>
    public string? NameField { get; init; }

    /// <summary>True for fields added by editors in the admin rather than declared in code.</summary>
    public bool IsExtra { get; init; }

    public string OptionLabel(string? value) =>
        Options.FirstOrDefault(o => o.Value == value)?.Label.Current ?? value ?? string.Empty;
}

public sealed record ContentFieldOption(string Value, LocalizedText Label);

public enum ContentFieldKind
{
    Text,
    MultilineText,
    Markdown,
    Html,
    Date,
    Number,
    Select,
    Tags,
    Media,
    Link,
    Reference,
    Group,
    Department,
}

/// <summary>Declares content types; modules register implementations as singletons.</summary>
public interface IContentTypeProvider
{
    IEnumerable<ContentTypeDefinition> GetTypes();
}

/// <summary>The effective content types: declared in code plus the extra fields editors added.</summary>
public interface IContentDefinitionStore
{
    Task<IReadOnlyList<ContentTypeDefinition>> GetTypesAsync(CancellationToken cancellationToken);

    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken);
}
