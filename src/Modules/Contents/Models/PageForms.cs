namespace OpenCityAomori.Modules.Contents.Models;

internal sealed class PageForm
{
    public Guid? Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string Culture { get; set; } = "ja";

    public string Title { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string BodyMarkdown { get; set; } = string.Empty;

    public int? MenuOrder { get; set; }

    /// <summary>"save" keeps the publication state; "publish" saves and publishes.</summary>
    public string Submit { get; set; } = "save";
}

internal sealed record PageListPage(IReadOnlyList<Page> Pages, string? Culture, string? Status, string? Query, bool CanPublish, bool CanEdit);

internal sealed record PageEditPage(PageForm Form, bool CanPublish, bool IsPublished);
