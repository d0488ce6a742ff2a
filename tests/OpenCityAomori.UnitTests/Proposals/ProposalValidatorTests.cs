using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.UnitTests.Proposals;

public sealed class ProposalValidatorTests
{
    private static readonly ProposalFormOptions Options = new(
        [new SchemeChoice("partnership", new("パートナーシップ", "Partnership"), new("", "")), ProposalSchemes.UndecidedChoice],
        [
            new ProposalChallenge("snow", "除排雪の見える化", "都市整備部道路維持課", new DateOnly(2026, 12, 25), true),
            new ProposalChallenge("washi", "ねぶた和紙", "環境部環境政策課", new DateOnly(2026, 7, 31), false),
        ],
        "2026-12-01",
        "留意事項");

    private static ProposalInput Valid() => new()
    {
        Kind = "free",
        Scheme = "partnership",
        ApplicantType = "corporation",
        Organizations = [new() { Name = "株式会社テスト", CorporateNumber = "７０００－０１２０－５０００２" }, new(), new()],
        ContactName = "青森 太郎",
        ContactKana = "あおもり　タロウ",
        ContactEmail = "　ｔａｒｏ＠example.jp ",
        ContactPhone = "０１７ー７６１ー４１５４",
        Title = "合浦公園の活用",
        Summary = "公園でのイベントの提案です。",
        Consent = true,
        NoticeVersion = "2026-12-01",
    };

    [Fact]
    public void A_valid_proposal_is_normalised_from_full_width_input()
    {
        var (proposal, errors) = ProposalValidator.Validate(Valid(), [], Options, english: false);

        Assert.Empty(errors);
        Assert.NotNull(proposal);
        Assert.Equal("taro@example.jp", proposal.ContactEmail);
        Assert.Equal("017-761-4154", proposal.ContactPhone);
        Assert.Equal([new ProposalOrganization("株式会社テスト", "7000012050002")], proposal.Organizations);
        Assert.Equal("2026-12-01", proposal.ConsentVersion);
    }

    [Fact]
    public void An_individual_is_refused_with_the_schemes_own_reason_in_both_languages()
    {
        var input = Valid();
        input.ApplicantType = "individual";

        var ja = Assert.Single(ProposalValidator.Validate(input, [], Options, english: false).Errors);
        var en = Assert.Single(ProposalValidator.Validate(input, [], Options, english: true).Errors);

        Assert.Equal("Input.ApplicantType", ja.Key);
        Assert.Contains("個人(個人事業主を除く)からの提案は対象外となります", ja.Message, StringComparison.Ordinal);
        Assert.Contains("private individuals (other than sole proprietors)", en.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sole_proprietor_may_propose()
    {
        var input = Valid();
        input.ApplicantType = "soleProprietor";
        input.Organizations[0].CorporateNumber = null;

        Assert.Empty(ProposalValidator.Validate(input, [], Options, english: false).Errors);
    }

    [Fact]
    public void A_corporate_number_with_a_wrong_check_digit_is_refused_on_its_row()
    {
        var input = Valid();
        input.Organizations[1] = new() { Name = "青森大学", CorporateNumber = "6000012050002" };

        var error = Assert.Single(ProposalValidator.Validate(input, [], Options, english: false).Errors);

        Assert.Equal("Input.Organizations[1].CorporateNumber", error.Key);
    }

    [Fact]
    public void A_closed_challenge_is_refused_and_an_open_one_is_taken()
    {
        var input = Valid();
        input.Kind = "challenge";
        input.ChallengeId = "washi";
        Assert.Equal("Input.ChallengeId", Assert.Single(ProposalValidator.Validate(input, [], Options, english: false).Errors).Key);

        input.ChallengeId = "snow";
        var (proposal, _) = ProposalValidator.Validate(input, [], Options, english: false);
        Assert.Equal("snow", proposal!.Challenge!.Id);
    }

    [Fact]
    public void Consent_to_an_older_notice_must_be_given_again()
    {
        var input = Valid();
        input.NoticeVersion = "2025-04-01";

        var error = Assert.Single(ProposalValidator.Validate(input, [], Options, english: false).Errors);

        Assert.Equal("Input.Consent", error.Key);
        Assert.Contains("更新", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_come_in_the_order_of_the_form()
    {
        var (_, errors) = ProposalValidator.Validate(new ProposalInput { Organizations = [new(), new(), new()] }, [], Options, english: true);

        Assert.Equal(
            ["Input.Kind", "Input.Scheme", "Input.ApplicantType", "Input.Organizations[0].Name", "Input.ContactName", "Input.ContactEmail", "Input.ContactPhone", "Input.Title", "Input.Summary", "Input.Consent"],
            errors.Select(e => e.Key));
    }

    [Fact]
    public void A_script_renamed_to_pdf_and_an_oversized_file_are_refused_and_a_real_pdf_is_kept_confidential()
    {
        var input = Valid();
        input.ConfidentialAttachments = [2];
        PostedAttachment[] files =
        [
            new(0, "plan.pdf", 20, "<script>alert(1)</script>"u8.ToArray()),
            new(1, "big.pdf", ProposalValidator.MaxAttachmentBytes + 1, []),
            new(2, "../計画書.pdf", 9, "%PDF-1.7\n"u8.ToArray()),
        ];

        var (_, errors) = ProposalValidator.Validate(input, files, Options, english: false);
        Assert.Equal(["Attachments[0]", "Attachments[1]"], errors.Select(e => e.Key));

        var (proposal, _) = ProposalValidator.Validate(input, files[2..], Options, english: false);
        var kept = Assert.Single(proposal!.Attachments);
        Assert.Equal("計画書.pdf", kept.FileName);
        Assert.Equal("application/pdf", kept.ContentType);
        Assert.True(kept.Confidential);
    }
}
