using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;
using OpenCityAomori.Core.Files;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>A proposal that passed the checks, normalised (width folded, trimmed) and ready to store.</summary>
internal sealed record ValidProposal(
    ProposalKind Kind,
    ProposalChallenge? Challenge,
    string Scheme,
    ApplicantType ApplicantType,
    IReadOnlyList<ProposalOrganization> Organizations,
    string ContactName,
    string ContactKana,
    string ContactDepartment,
    string ContactEmail,
    string ContactPhone,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<string> Confidential,
    IReadOnlyList<CheckedAttachment> Attachments,
    string ConsentVersion)
{
    /// <summary>Answers to the questions editors added to the form, checked by Forms.</summary>
    public IReadOnlyList<EditorFieldAnswer> EditorAnswers { get; init; } = [];
}

/// <summary>
/// The rules of the proposal form, checked in the order of the form so the error summary reads top to
/// bottom; messages in the visitor's language, each keyed to its input.
/// </summary>
internal static partial class ProposalValidator
{
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>A post with every attachment at its limit, plus the text fields.</summary>
    public const long MaxRequestBytes = (ProposalInput.AttachmentRows * MaxAttachmentBytes) + (1024 * 1024);

    /// <summary>
    /// An attached file up to this size is buffered in memory (a pooled buffer of this size per file, at most
    /// three per post): past the framework's 64 KB each one went to a temporary file, created, written, read
    /// back and deleted on every post (about 4 % of a submission's CPU with a 100 KB file).
    /// </summary>
    public const int FormMemoryBytes = 256 * 1024;

    public static readonly IReadOnlyList<string> AttachmentExtensions = ["pdf", "docx", "xlsx", "pptx", "png", "jpg", "jpeg"];

    public static (ValidProposal? Proposal, IReadOnlyList<(string Key, string Message)> Errors) Validate(
        ProposalInput input,
        IReadOnlyList<PostedAttachment> attachments,
        ProposalFormOptions options,
        bool english)
    {
        var errors = new List<(string, string)>();
        void Error(string key, string ja, string en) => errors.Add(("Input." + key, english ? en : ja));

        var kind = input.Kind switch { "free" => ProposalKind.Free, "challenge" => ProposalKind.Challenge, _ => (ProposalKind?)null };
        if (kind is null)
        {
            Error("Kind", "提案の種類を選んでください。", "Choose the kind of proposal.");
        }

        ProposalChallenge? challenge = null;
        if (kind == ProposalKind.Challenge)
        {
            challenge = options.Challenges.FirstOrDefault(c => c.Id == input.ChallengeId);
            if (string.IsNullOrEmpty(input.ChallengeId))
            {
                Error("ChallengeId", "課題提案では、提案する課題を選んでください。", "For a challenge proposal, choose the challenge.");
            }
            else if (challenge is null || !challenge.IsOpen)
            {
                Error("ChallengeId", "選んだ課題は募集を終了しているか、見つかりません。募集中の課題を選ぶか、自由提案としてご提案ください。", "The chosen challenge is closed or could not be found. Choose an open challenge, or send a free proposal.");
            }
        }

        var scheme = options.SchemeIds.Contains(input.Scheme ?? string.Empty) ? input.Scheme! : null;
        if (scheme is null)
        {
            Error("Scheme", "希望する連携の手法を選んでください。", "Choose how you would like to work with the city.");
        }

        var applicant = ParseApplicant(input.ApplicantType);
        if (applicant is null)
        {
            Error("ApplicantType", "提案者の区分を選んでください。", "Choose what kind of proposer you are.");
        }
        else if (applicant == ApplicantType.Individual)
        {
            Error("ApplicantType",
                "本制度は、連携事業の実施が可能な民間企業や団体等からの提案を受け付けるものであり、個人(個人事業主を除く)からの提案は対象外となります。",
                "The scheme accepts proposals from companies, organisations and others able to carry out a joint project; proposals from private individuals (other than sole proprietors) are not accepted.");
        }

        var organizations = new List<ProposalOrganization>();
        for (var i = 0; i < input.Organizations.Count && i < ProposalInput.OrganizationRows; i++)
        {
            var name = Text(input.Organizations[i].Name);
            var number = JapaneseInput.Numeric(input.Organizations[i].CorporateNumber ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (name.Length == 0 && number.Length == 0)
            {
                continue;
            }

            if (name.Length == 0)
            {
                Error($"Organizations[{i}].Name", "法人番号を入力した行に、法人・団体名を入力してください。", "Enter the organisation's name on the row with the corporate number.");
            }
            else if (name.Length > 200)
            {
                Error($"Organizations[{i}].Name", "法人・団体名は200文字以内で入力してください。", "The organisation's name can be at most 200 characters.");
            }

            if (number.Length > 0 && !CorporateNumber.IsValid(number))
            {
                Error($"Organizations[{i}].CorporateNumber", "法人番号は13桁の数字で、正しい番号を入力してください（先頭の1桁はチェックデジットです）。", "Enter a valid 13-digit corporate number (its first digit is a check digit).");
            }

            organizations.Add(new ProposalOrganization(name, number.Length == 0 ? null : number));
        }

        if (organizations.Count == 0)
        {
            Error("Organizations[0].Name", "法人・団体名（個人事業主の方は屋号又は氏名）を入力してください。", "Enter your organisation's name (sole proprietors: trade name or your name).");
        }

        var contactName = Required(input.ContactName, "ContactName", 100, "担当者名", "the contact person's name");
        var kana = Text(input.ContactKana);
        if (kana.Length > 100 || !KanaPattern().IsMatch(kana))
        {
            Error("ContactKana", "ふりがなは、ひらがな又はカタカナで入力してください。", "Enter the reading in hiragana or katakana.");
        }

        var department = Text(input.ContactDepartment);
        if (department.Length > 200)
        {
            Error("ContactDepartment", "部署名は200文字以内で入力してください。", "The department can be at most 200 characters.");
        }

        var email = ContactFields.Email(input.ContactEmail, (ja, en) => Error("ContactEmail", ja, en));
        var phone = ContactFields.Phone(input.ContactPhone, required: true, (ja, en) => Error("ContactPhone", ja, en));

        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Title"] = Required(input.Title, "Title", 200, "提案の件名", "a title"),
            ["Summary"] = Required(input.Summary, "Summary", 2000, "提案の概要", "a summary"),
            ["Details"] = Optional(input.Details, "Details", 20000, "提案の詳細", "The details"),
            ["ProposerResources"] = Optional(input.ProposerResources, "ProposerResources", 4000, "提案者が提供するもの", "What you contribute"),
            ["CityResources"] = Optional(input.CityResources, "CityResources", 4000, "市に求めるもの", "What you ask of the city"),
            ["ExpectedBenefits"] = Optional(input.ExpectedBenefits, "ExpectedBenefits", 4000, "期待される効果", "The expected benefits"),
            ["DesiredPeriod"] = Optional(input.DesiredPeriod, "DesiredPeriod", 200, "希望する時期・期間", "The desired period"),
            ["DesiredPlace"] = Optional(input.DesiredPlace, "DesiredPlace", 1000, "希望する場所", "The desired place"),
        };

        var files = CheckAttachments(attachments, input.ConfidentialAttachments, english, errors);

        if (!input.Consent)
        {
            Error("Consent", "留意事項を確認し、同意してください。", "Read the notes and agree to them.");
        }
        else if (input.NoticeVersion != options.NoticeVersion)
        {
            Error("Consent", "留意事項が更新されました。最新の内容を確認し、改めて同意してください。", "The notes were updated. Read the current notes and agree again.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var confidential = input.Confidential.Where(ProposalFieldNames.IsConfidentiable).Distinct(StringComparer.Ordinal).ToList();
        return (new ValidProposal(kind!.Value, challenge, scheme!, applicant!.Value, organizations, contactName, kana, department, email, phone, texts, confidential, files, options.NoticeVersion), errors);

        string Required(string? value, string key, int max, string ja, string en)
        {
            var text = Text(value);
            if (text.Length == 0)
            {
                Error(key, $"{ja}を入力してください。", $"Enter {en}.");
            }
            else if (text.Length > max)
            {
                Error(key, $"{ja}は{max}文字以内で入力してください。", $"{char.ToUpperInvariant(en[0])}{en[1..]} can be at most {max} characters.");
            }

            return text;
        }

        string Optional(string? value, string key, int max, string ja, string en)
        {
            var text = Text(value);
            if (text.Length > max)
            {
                Error(key, $"{ja}は{max}文字以内で入力してください。", $"{en} can be at most {max} characters.");
            }

            return text;
        }
    }

    public static ApplicantType? ParseApplicant(string? value) =>
        StageText.ApplicantTypes.Where(a => a.Value == value).Select(a => (ApplicantType?)a.Type).FirstOrDefault();

    /// <summary>Size, type and content of posted files (a proposal's or a reply's); refusals are added to <paramref name="errors"/>.</summary>
    public static List<CheckedAttachment> CheckAttachments(IReadOnlyList<PostedAttachment> attachments, IReadOnlyList<int> confidential, bool english, List<(string, string)> errors)
    {
        var files = new List<CheckedAttachment>();
        foreach (var file in attachments)
        {
            var key = $"Attachments[{file.Index}]";
            var extension = FileSignature.ExtensionOf(file.FileName);
            if (file.Length > MaxAttachmentBytes)
            {
                errors.Add((key, english ? $"\"{file.FileName}\" is larger than 10 MB." : $"「{file.FileName}」は10MBを超えています。"));
            }
            else if (!AttachmentExtensions.Contains(extension) || !FileSignature.Matches(extension, file.Bytes))
            {
                errors.Add((key, english
                    ? $"\"{file.FileName}\" is not a PDF, Word, Excel, PowerPoint, PNG or JPEG file (its content must match its name)."
                    : $"「{file.FileName}」は PDF・Word・Excel・PowerPoint・PNG・JPEG のファイルではありません（名前と中身が一致している必要があります）。"));
            }
            else
            {
                files.Add(new CheckedAttachment(FileSignature.SafeName(file.FileName, extension), FileSignature.ContentTypes[extension], file.Bytes, confidential.Contains(file.Index)));
            }
        }

        return files;
    }

    public static string Text(string? value) => (value ?? string.Empty).Normalize(NormalizationForm.FormC).Trim().ReplaceLineEndings("\n");

    [GeneratedRegex(@"^[\p{IsHiragana}\p{IsKatakana}ー・ 　]*$")]
    private static partial Regex KanaPattern();
}
