using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Media;
using OpenCityAomori.Modules.Contents.Services;

namespace OpenCityAomori.Modules.Contents.Models;

internal sealed record ContentListFilter(string? Type, string? Status, string? Culture, string? Query, int Page)
{
    public string QueryString(int page) =>
        $"type={Uri.EscapeDataString(Type ?? string.Empty)}&status={Uri.EscapeDataString(Status ?? string.Empty)}&culture={Uri.EscapeDataString(Culture ?? string.Empty)}&q={Uri.EscapeDataString(Query ?? string.Empty)}&page={page}";
}

internal sealed record ContentListPage(
    IReadOnlyList<ContentItem> Items, IReadOnlyList<ContentTypeDefinition> Types, ContentListFilter Filter, int Total, int TotalPages, bool CanEdit, bool CanPublish)
{
    public string TypeLabel(string name) => Types.FirstOrDefault(t => t.Name == name)?.DisplayName.Current ?? name;
}

/// <summary>The editor of one item (new or existing), its form values as typed and the choices of its selects.</summary>
internal sealed class ContentEditorPage
{
    public required ContentTypeDefinition Type { get; init; }

    public ContentItem? Item { get; init; }

    public required string Title { get; init; }

    public required string Slug { get; init; }

    public required string Culture { get; init; }

    public string? TranslationOf { get; init; }

    public string PublishAt { get; init; } = string.Empty;

    public string ExpireAt { get; init; } = string.Empty;

    public required ContentFormValues Values { get; init; }

    public bool CanPublish { get; init; }

    /// <summary>Null when no media library is installed: media fields then take an id as text.</summary>
    public IReadOnlyList<MediaAsset>? MediaAssets { get; set; }

    /// <summary>Set when department staff draft for their own department: the only department offered, no preview or versions.</summary>
    public string? OwnDepartment { get; set; }

    /// <summary>The latest consent to publication, for an item that needs one (null: none recorded or none needed).</summary>
    public PublicationConsentRecord? Consent { get; set; }

    /// <summary>The choices of department fields: the directory's active departments.</summary>
    public IReadOnlyList<DirectoryDepartment> Departments { get; set; } = [];

    /// <summary>Fields the editor does not show: names written from a department field on save.</summary>
    public bool IsDerived(ContentFieldDefinition field) => Type.Fields.Any(f => f.NameField == field.Name);

    public Dictionary<string, IReadOnlyList<ReferenceChoice>> References { get; } = new(StringComparer.Ordinal);

    public long? LatestVersionId { get; set; }

    public string? PublicUrl { get; set; }

    /// <summary>The item in the other culture of the same translation group, if any.</summary>
    public ContentItem? Translation { get; set; }

    public string Action => Item is null
        ? $"{EditorPath}/new/{Uri.EscapeDataString(Type.Name)}"
        : EditUrl(Item.ContentItemId);

    /// <summary>Where the editor's URLs start: "/admin/contents", or the department drafts' own path.</summary>
    public string EditorPath { get; set; } = "/admin/contents";

    public string EditUrl(string contentItemId) => $"{EditorPath}/{Uri.EscapeDataString(contentItemId)}/edit";

    public string OtherCulture => Culture == "en" ? "ja" : "en";
}

internal sealed record ReferenceChoice(string Id, string Title, string Culture);

/// <summary>One input of the editor: a top-level field, or one cell of a group row.</summary>
internal sealed record ContentFieldInput(ContentFieldDefinition Field, string Name, ContentEditorPage Page, int? Row = null)
{
    public string Id => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(Name, "_");

    /// <summary>Set for the item's own inputs (title, slug, times); field inputs read the form values.</summary>
    public string? ExplicitValue { get; init; }

    public string? Help { get; init; }

    /// <summary>Overrides the input type chosen by kind (e.g. datetime-local for the schedule).</summary>
    public string? InputType { get; init; }

    public string Value => ExplicitValue ?? Page.Values[Name];
}

internal sealed record VersionRow(ContentVersion Version, bool IsPublished, bool IsLatest);

internal sealed record VersionsPage(ContentItem Item, ContentTypeDefinition Type, IReadOnlyList<VersionRow> Versions, bool CanEdit, bool CanPublish);

internal sealed record ComparePage(ContentItem Item, ContentVersion Before, ContentVersion After, IReadOnlyList<DiffRow> Rows);

internal sealed record ContentTypesPage(IReadOnlyList<ContentTypeDefinition> Types);

internal sealed class ExtraFieldForm
{
    public string? Name { get; set; }

    public string? LabelJa { get; set; }

    public string? LabelEn { get; set; }

    public ContentFieldKind Kind { get; set; } = ContentFieldKind.Text;

    public bool Required { get; set; }
}

internal sealed record ContentTypePage(ContentTypeDefinition Type, ExtraFieldForm Form);
