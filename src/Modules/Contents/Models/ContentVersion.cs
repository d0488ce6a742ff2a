using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>One immutable version of an item; saving appends a version, publishing points the item at one.</summary>
internal sealed class ContentVersion : IAuditable
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    /// <summary>Field values by name, in the shapes documented on ContentFieldDefinition.</summary>
    public required string FieldsJson { get; set; }

    /// <summary>Sanitised HTML of the Markdown/Html fields by name, rendered once when the version is saved.</summary>
    [NotAudited]
    public required string HtmlJson { get; set; }

    public VersionStatus Status { get; set; }

    public string? AuthorId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

internal enum VersionStatus
{
    /// <summary>Not published (yet).</summary>
    Draft = 0,

    /// <summary>The version the public sees.</summary>
    Published = 1,

    /// <summary>Was published once and has been replaced or withdrawn.</summary>
    Archived = 2,
}
