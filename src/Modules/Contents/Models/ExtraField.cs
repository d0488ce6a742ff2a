using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>A field an editor added to a content type in the admin.</summary>
internal sealed class ExtraField : IAuditable
{
    public long Id { get; set; }

    public required string ContentType { get; set; }

    public required string Name { get; set; }

    public required string LabelJa { get; set; }

    public required string LabelEn { get; set; }

    public ContentFieldKind Kind { get; set; }

    public bool Required { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The kinds an editor may choose: plain values that need no declaration in code.</summary>
    public static readonly IReadOnlyList<ContentFieldKind> AllowedKinds =
    [
        ContentFieldKind.Text, ContentFieldKind.MultilineText, ContentFieldKind.Markdown, ContentFieldKind.Date,
        ContentFieldKind.Number, ContentFieldKind.Link, ContentFieldKind.Tags,
    ];
}
