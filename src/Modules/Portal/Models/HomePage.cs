using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Portal.Models;

internal sealed record HomePage(PublishedPage? Intro, IReadOnlyList<PublishedPageSummary> Guides, string Culture);

internal sealed record GuidePage(PublishedPage Page, IReadOnlyList<PublishedPageSummary> Siblings);
