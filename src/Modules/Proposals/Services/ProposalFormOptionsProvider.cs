using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>Builds what the form offers: enabled schemes, published challenges (open or not), the current notice.</summary>
internal sealed class ProposalFormOptionsProvider(ProposalSchemes schemes, IContentQuery content, ProposalSettingsStore settings, TimeProvider clock)
{
    public const string ChallengeType = "Challenge";

    /// <summary>The challenge's department in the directory (its name is kept in "department" for history).</summary>
    public const string DepartmentCodeField = "departmentCode";

    /// <summary>A challenge takes proposals while its status is open and its deadline (if any) has not passed in Japan.</summary>
    public static bool IsOpen(ContentItemView challenge, DateOnly today) =>
        challenge.GetText("status") == "open" && (challenge.GetDate("deadline") is not { } deadline || deadline >= today);

    public async Task<ProposalFormOptions> GetAsync(bool english, CancellationToken cancellationToken)
    {
        var today = JapanTime.Day(clock.GetUtcNow().UtcDateTime);
        var items = await content.ListPublishedAsync(ChallengeType, english ? Cultures.English : Cultures.Japanese, cancellationToken);
        var challenges = items
            .Select(i => new ProposalChallenge(
                i.TranslationGroupId,
                i.Title,
                i.GetText("department"),
                i.GetDate("deadline"),
                IsOpen(i, today),
                i.GetText(DepartmentCodeField) is { Length: > 0 } code ? code : null))
            .ToList();
        var current = await settings.GetForFormsAsync(cancellationToken);
        return new ProposalFormOptions(
            schemes.Enabled(),
            challenges,
            current?.NoticeVersion ?? string.Empty,
            (english ? current?.NoticeEn : current?.NoticeJa) ?? string.Empty);
    }

    /// <summary>The department code a published challenge names (any of its translations); null for challenges saved before codes.</summary>
    public async Task<string?> DepartmentCodeAsync(string challengeId, CancellationToken cancellationToken) =>
        (await content.GetPublishedTranslationsAsync(challengeId, cancellationToken))
            .Where(i => i.ContentType == ChallengeType)
            .Select(i => i.GetText(DepartmentCodeField))
            .FirstOrDefault(code => code is { Length: > 0 });
}
