using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// The status rules: 協議中 → 締結 (with a signing date) or, for a joint project without an agreement, straight to 実施中;
/// 締結 → 実施中, back to 協議中; 実施中 → 終了; anything not finished may be 解消. 終了 and 解消 are final.
/// Signed, running and ended agreements are public; the proposal follows as 実施中 and 完了.
/// </summary>
internal static class AgreementRules
{
    public static IReadOnlyList<AgreementStatus> Next(AgreementStatus from, AgreementType type) => from switch
    {
        AgreementStatus.Negotiating => type == AgreementType.None
            ? [AgreementStatus.InEffect, AgreementStatus.Dissolved]
            : [AgreementStatus.Signed, AgreementStatus.Dissolved],
        AgreementStatus.Signed => [AgreementStatus.InEffect, AgreementStatus.Negotiating, AgreementStatus.Dissolved],
        AgreementStatus.InEffect => [AgreementStatus.Ended, AgreementStatus.Dissolved],
        _ => [],
    };

    /// <summary>Why the agreement cannot move to <paramref name="to"/> (in the user's language), or null when it can.</summary>
    public static string? Refusal(Agreement agreement, AgreementStatus to, DateOnly? signedOn)
    {
        if (!Next(agreement.Status, agreement.Type).Contains(to))
        {
            return Cultures.T(
                $"「{AgreementTexts.Status(agreement.Status).Ja}」から「{AgreementTexts.Status(to).Ja}」には変更できません。",
                $"An agreement cannot go from \"{AgreementTexts.Status(agreement.Status).En}\" to \"{AgreementTexts.Status(to).En}\".");
        }

        if (to == AgreementStatus.Signed && signedOn is null)
        {
            return Cultures.T("締結にするには締結日を入力してください。", "Enter the signing date to mark the agreement signed.");
        }

        return null;
    }

    public static bool IsPublic(AgreementStatus status) => status is AgreementStatus.Signed or AgreementStatus.InEffect or AgreementStatus.Ended;

    /// <summary>The proposal's progress that goes with the status, if any.</summary>
    public static ProposalProgress? ProgressFor(AgreementStatus status) => status switch
    {
        AgreementStatus.Signed or AgreementStatus.InEffect => ProposalProgress.InProgress,
        AgreementStatus.Ended => ProposalProgress.Completed,
        _ => null,
    };

    /// <summary>The year an agreement is filed under: its signing, else the start of its term.</summary>
    public static int? Year(Agreement agreement) => (agreement.SignedOn ?? agreement.TermStart)?.Year;

    /// <summary>A case study can be drafted once there is something to tell: ended, or running with recorded outcomes.</summary>
    public static bool CanDraftCaseStudy(Agreement agreement, bool hasOutcomes) =>
        agreement.Status == AgreementStatus.Ended || (agreement.Status == AgreementStatus.InEffect && hasOutcomes);
}
