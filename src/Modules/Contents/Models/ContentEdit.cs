using System.Text.Json;

namespace OpenCityAomori.Modules.Contents.Models;

/// <summary>What an editor wrote: the version's own values.</summary>
internal sealed record ContentEdit(string Title, string Slug, IReadOnlyDictionary<string, JsonElement> Fields);

internal enum PublishAction
{
    /// <summary>Save a draft; publication and schedule stay as they are.</summary>
    Draft,

    /// <summary>Save and publish now.</summary>
    Publish,

    /// <summary>Save a draft to be published at <see cref="Publication.PublishAtUtc"/>.</summary>
    Schedule,
}

/// <summary>What happens to publication with a save. <see cref="FirstPublishedUtc"/> lets recipes date old items.</summary>
internal sealed record Publication(PublishAction Action, DateTime? PublishAtUtc = null, DateTime? ExpireAtUtc = null, DateTime? FirstPublishedUtc = null)
{
    public static readonly Publication Draft = new(PublishAction.Draft);
}
