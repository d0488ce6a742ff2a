namespace OpenCityAomori.Modules.Portal.Models;

/// <summary>A published case study (連携事例) in the open-data API; field names are a stable contract.</summary>
internal sealed record CaseStudyRecord(
    string Id,
    string TranslationGroup,
    string Title,
    string Url,
    string Culture,
    string Slug,
    DateTime? Published,
    DateTime Modified,
    string? Municipality,
    string? Program,
    IReadOnlyList<string> Partners,
    string? Scheme,
    string? SchemeLabel,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Summary,
    string? Body,
    IReadOnlyList<ScheduleRecord> Schedule,
    IReadOnlyList<ContributionRecord> Contributions,
    IReadOnlyList<BenefitRecord> Benefits,
    IReadOnlyList<string> Tags,
    string? SourceUrl,
    IReadOnlyList<string> CollaborationItems,
    string? ExpectedEffects);

internal sealed record ScheduleRecord(string? Label, string? Value);

/// <summary>A resource one side provided (提供リソース): party city/business, category people/goods/money/information.</summary>
internal sealed record ContributionRecord(string? Party, string? PartyLabel, string? Category, string? CategoryLabel, string? Text);

/// <summary>A benefit (メリット) for the city or the business.</summary>
internal sealed record BenefitRecord(string? Party, string? PartyLabel, string? Text);

/// <summary>
/// A published challenge (行政課題) in the open-data API; Markdown fields are given as written. Department is the
/// name recorded with the version, DepartmentCode the directory's code (null for challenges saved before codes).
/// </summary>
internal sealed record ChallengeRecord(
    string Id,
    string TranslationGroup,
    string Title,
    string Url,
    string Culture,
    string Slug,
    DateTime? Published,
    DateTime Modified,
    string? Department,
    string? DepartmentCode,
    DateOnly? PostedOn,
    DateOnly? Deadline,
    string? Status,
    string? StatusLabel,
    string? Summary,
    string? Background,
    string? DesiredOutcome,
    string? HowToPropose,
    IReadOnlyList<string> Tags);

/// <summary>A type another module publishes with a public list: where its pages and its open data are, and its fields.</summary>
internal sealed record ContentTypeRecord(
    string Type,
    string Prefix,
    string Title,
    string Intro,
    string Url,
    string Json,
    string Csv,
    IReadOnlyList<ContentFieldRecord> Fields);

/// <summary>A field of the records (kind: text, multilineText, markdown, html, date, number, select, tags, media, link, reference, group, department).</summary>
internal sealed record ContentFieldRecord(string Name, string Label, string Kind, IReadOnlyList<ContentOptionRecord> Options, IReadOnlyList<ContentFieldRecord> Fields);

internal sealed record ContentOptionRecord(string Value, string Label);
