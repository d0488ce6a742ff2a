using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>A content item of type Page: Markdown body, one row per culture, translations share a slug.</summary>
internal sealed class Page : IAuditable
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    public required string Culture { get; set; }

    public required string Title { get; set; }

    public string Summary { get; set; } = string.Empty;

    public string BodyMarkdown { get; set; } = string.Empty;

    /// <summary>Rendered and sanitised when saved, so reading a page costs no rendering.</summary>
    public string BodyHtml { get; set; } = string.Empty;

    public bool IsPublished { get; set; }

    /// <summary>Position in the public navigation; null keeps the page out of it.</summary>
    public int? MenuOrder { get; set; }

    public string? OwnerId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }
}
