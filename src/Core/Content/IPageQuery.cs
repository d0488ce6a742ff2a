namespace OpenCityAomori.Core.Content;

/// <summary>Read access to published pages for other modules (the portal, navigation).</summary>
public interface IPageQuery
{
    Task<PublishedPage?> GetPublishedAsync(string slug, string culture, CancellationToken cancellationToken);

    Task<IReadOnlyList<PublishedPageSummary>> ListPublishedAsync(string culture, CancellationToken cancellationToken);

    /// <summary>Cultures in which a published page exists under the same slug (its translations).</summary>
    Task<IReadOnlyList<string>> GetPublishedCulturesAsync(string slug, CancellationToken cancellationToken);
}

/// <summary>A published page; BodyHtml is already rendered from Markdown and sanitised.</summary>
public sealed record PublishedPage(string Slug, string Culture, string Title, string Summary, string BodyHtml, DateTime ModifiedUtc);

public sealed record PublishedPageSummary(string Slug, string Culture, string Title, string Summary, int? MenuOrder);
