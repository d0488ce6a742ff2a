using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.UnitTests.Partnership;

public sealed class AgreementRulesTests
{
    private static readonly IReadOnlyList<DirectoryDepartment> Departments =
    [
        new(Guid.NewGuid(), "KEIZAI-SEISAKU", new("経済部経済政策課", "Economic Policy Division"), true),
        new(Guid.NewGuid(), "OLD-DIVISION", new("旧課", "Old division"), false),
    ];

    [Theory]
    [InlineData("Negotiating", "Business", "Signed", true)]
    [InlineData("Negotiating", "Business", "InEffect", false)]
    [InlineData("Negotiating", "None", "InEffect", true)]
    [InlineData("Negotiating", "None", "Signed", false)]
    [InlineData("Signed", "Memorandum", "Negotiating", true)]
    [InlineData("InEffect", "Comprehensive", "Ended", true)]
    [InlineData("InEffect", "Comprehensive", "Negotiating", false)]
    [InlineData("Ended", "Business", "InEffect", false)]
    [InlineData("Dissolved", "Business", "Negotiating", false)]
    public void Only_the_allowed_transitions_are_offered(string fromStatus, string agreementType, string toStatus, bool allowed)
    {
        var (from, type, to) = (Enum.Parse<AgreementStatus>(fromStatus), Enum.Parse<AgreementType>(agreementType), Enum.Parse<AgreementStatus>(toStatus));
        var agreement = new Agreement { Status = from, Type = type, SignedOn = new(2026, 4, 1) };

        Assert.Equal(allowed, AgreementRules.Next(from, type).Contains(to));
        Assert.Equal(allowed, AgreementRules.Refusal(agreement, to, agreement.SignedOn) is null);
    }

    [Fact]
    public void Signing_needs_a_signing_date_and_the_proposal_follows_the_status()
    {
        var agreement = new Agreement { Status = AgreementStatus.Negotiating, Type = AgreementType.Business };

        Assert.NotNull(AgreementRules.Refusal(agreement, AgreementStatus.Signed, null));
        Assert.Null(AgreementRules.Refusal(agreement, AgreementStatus.Signed, new(2026, 4, 1)));
        Assert.Equal(ProposalProgress.InProgress, AgreementRules.ProgressFor(AgreementStatus.Signed));
        Assert.Equal(ProposalProgress.InProgress, AgreementRules.ProgressFor(AgreementStatus.InEffect));
        Assert.Equal(ProposalProgress.Completed, AgreementRules.ProgressFor(AgreementStatus.Ended));
        Assert.Null(AgreementRules.ProgressFor(AgreementStatus.Dissolved));
        Assert.Equal([AgreementStatus.Signed, AgreementStatus.InEffect, AgreementStatus.Ended], Enum.GetValues<AgreementStatus>().Where(AgreementRules.IsPublic));
    }

    [Fact]
    public void The_form_folds_corporate_numbers_checks_their_digit_and_keeps_only_filled_rows()
    {
        var form = Valid();
        form.Partners = [new() { Name = "国税庁", CorporateNumber = "７０００－０１２０－５０００２" }, new() { Name = "", NameEn = "" }];
        form.Items = [new() { Ja = "連携事項A", En = "Area A" }, new() { Ja = " ", En = "" }];

        var (valid, errors) = AgreementValidator.Validate(form, Departments, null);

        Assert.Empty(errors);
        Assert.Equal("7000012050002", Assert.Single(valid!.Partners).CorporateNumber);
        Assert.Equal([new AgreementText("連携事項A", "Area A")], valid.Items);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_message_keyed_to_its_input()
    {
        var form = Valid();
        form.Partners = [new() { Name = "株式会社テスト", CorporateNumber = "1234567890123" }];
        form.Department = "OLD-DIVISION";
        form.TermStart = "2026-05-01";
        form.TermEnd = "2026-04-01";
        form.ReviewOn = "来年";
        form.Goals = [new() { Ja = "", En = "English only" }];

        var (valid, errors) = AgreementValidator.Validate(form, Departments, null);

        Assert.Null(valid);
        Assert.Equal(
            ["Form.Department", "Form.Partners[0].CorporateNumber", "Form.Goals[0].Ja", "Form.TermEnd", "Form.ReviewOn"],
            errors.Select(e => e.Key));
    }

    [Fact]
    public void A_department_scoped_user_registers_for_their_own_department_whatever_was_posted()
    {
        var form = Valid();
        form.Department = "OTHER";

        var (valid, _) = AgreementValidator.Validate(form, Departments, "KEIZAI-SEISAKU");

        Assert.Equal("KEIZAI-SEISAKU", valid!.DepartmentCode);
    }

    private static AgreementForm Valid() => new()
    {
        Type = nameof(AgreementType.Business),
        Title = "試験の協定",
        Department = "KEIZAI-SEISAKU",
        Partners = [new() { Name = "株式会社テスト" }],
    };
}
