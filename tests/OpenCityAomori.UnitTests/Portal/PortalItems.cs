using System.Text.Json;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.UnitTests.Portal;

/// <summary>Published item views built in memory, as the Contents module would hand them out.</summary>
internal static class PortalItems
{
    public static readonly DateTime Jan2024 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ContentItemView Item(string type, string id, string culture, IDictionary<string, object?> fields, string? slug = null, string? group = null) =>
        new()
        {
            ContentItemId = id,
            VersionId = 1,
            VersionNumber = 1,
            ContentType = type,
            Culture = culture,
            Slug = slug ?? id,
            Title = "title " + id,
            TranslationGroupId = group ?? id,
            Status = ContentStatus.Published,
            PublishedUtc = Jan2024,
            CreatedUtc = Jan2024,
            ModifiedUtc = Jan2024,
            Fields = JsonSerializer.SerializeToElement(fields).EnumerateObject().ToDictionary(p => p.Name, p => p.Value),
            Html = new Dictionary<string, string>(),
        };
}
