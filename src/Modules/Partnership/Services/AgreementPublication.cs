using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// Keeps an agreement's public item (ja "agreement-{id}", en "agreement-{id}-en", one translation group) in step with it
/// through Core's content drafts: published while it is signed, running or ended; withdrawn when it goes back to 協議中 or
/// is dissolved. Only public words go there (never notes, follow-ups, documents, people or the proposal).
/// </summary>
internal sealed class AgreementPublication(PartnershipDbContext db, IContentDrafts drafts, IUserDirectory directory, ILogger<AgreementPublication> logger)
{
    public static string ContentId(long agreementId) => "agreement-" + agreementId.ToString(CultureInfo.InvariantCulture);

    public static string EnglishContentId(long agreementId) => ContentId(agreementId) + "-en";

    /// <summary>Notes whether the public item differs from what was last put in step (call before saving the agreement).</summary>
    public async Task MarkAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        var hash = Hash(await ProjectAsync(agreement, cancellationToken), AgreementRules.IsPublic(agreement.Status));
        if (hash != agreement.PublicHash)
        {
            (agreement.PublicationPending, agreement.PublicationError) = (true, null);
        }
    }

    /// <summary>Puts the public item in step when it is due; records a refusal on the agreement (and saves it). Returns the refusal or null.</summary>
    public async Task<string?> SyncAsync(Agreement agreement, string? userId, CancellationToken cancellationToken)
    {
        if (!agreement.PublicationPending || agreement.Id == 0)
        {
            return null;
        }

        var isPublic = AgreementRules.IsPublic(agreement.Status);
        var projected = await ProjectAsync(agreement, cancellationToken);
        string? error = null;
        if (isPublic)
        {
            foreach (var draft in projected)
            {
                var saved = await drafts.SaveDraftAsync(draft, userId, cancellationToken);
                var published = saved.Succeeded ? await drafts.PublishAsync(draft.ContentItemId, cancellationToken) : saved;
                if (!published.Succeeded)
                {
                    error = string.Join(" ", published.Errors.Select(e => e.Key.Length == 0 ? e.Value : $"{e.Key}: {e.Value}"));
                    break;
                }
            }
        }
        else
        {
            foreach (var draft in projected)
            {
                await drafts.UnpublishAsync(draft.ContentItemId, cancellationToken);
            }
        }

        if (error is null)
        {
            (agreement.PublicHash, agreement.PublicationPending, agreement.PublicationError) = (Hash(projected, isPublic), false, null);
        }
        else
        {
            logger.LogWarning("The public item of agreement {Agreement} was refused: {Error}", agreement.Id, error);
            agreement.PublicationError = error;
        }

        agreement.PublicationClaimedUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return error;
    }

    /// <summary>The public item in Japanese and English.</summary>
    public async Task<IReadOnlyList<ContentDraft>> ProjectAsync(Agreement a, CancellationToken cancellationToken)
    {
        var department = (await directory.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Code == a.DepartmentCode)?.Name;
        return [Draft(a, english: false, department?.Ja), Draft(a, english: true, department?.En)];
    }

    private static ContentDraft Draft(Agreement a, bool english, string? department)
    {
        static string Or(string en, string ja) => en.Length > 0 ? en : ja;
        var fields = new Dictionary<string, object?>
        {
            ["agreementType"] = AgreementTexts.TypeValue(a.Type),
            ["status"] = AgreementRules.IsPublic(a.Status) ? AgreementTexts.StatusValue(a.Status) : null,
            ["partners"] = a.Partners().Select(p => english ? Or(p.NameEn, p.Name) : p.Name).ToList(),
            ["department"] = department,
            ["signedOn"] = Iso(a.SignedOn),
            ["termStart"] = Iso(a.TermStart),
            ["termEnd"] = Iso(a.TermEnd),
            ["year"] = AgreementRules.Year(a)?.ToString(CultureInfo.InvariantCulture),
            ["summary"] = english ? Or(a.SummaryEn, a.Summary) : a.Summary,
            ["items"] = a.Items().Select(i => new Dictionary<string, string> { ["text"] = english ? Or(i.En, i.Ja) : i.Ja }).ToList(),
            ["goals"] = a.Goals().Select(i => new Dictionary<string, string> { ["text"] = english ? Or(i.En, i.Ja) : i.Ja }).ToList(),
            ["effectsCity"] = english ? Or(a.EffectsCityEn, a.EffectsCity) : a.EffectsCity,
            ["effectsPartner"] = english ? Or(a.EffectsPartnerEn, a.EffectsPartner) : a.EffectsPartner,
        };
        var values = fields.Where(f => f.Value is not (null or "")).ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value, AgreementJson.Options));
        var id = ContentId(a.Id);
        return new ContentDraft(
            english ? EnglishContentId(a.Id) : id,
            AgreementContentType.Name,
            english ? Cultures.English : Cultures.Japanese,
            english ? Or(a.TitleEn, a.Title) : a.Title,
            id,
            values,
            TranslationGroupId: id);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Hash(IReadOnlyList<ContentDraft> projected, bool isPublic)
    {
        var text = JsonSerializer.Serialize(new { isPublic, items = projected.Select(d => new { d.ContentItemId, d.Title, d.Slug, d.Fields }) }, AgreementJson.Options);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
