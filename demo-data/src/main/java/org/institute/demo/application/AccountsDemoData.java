package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.Accounts;
import org.institute.core.NewAccount;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.partners.PartnerDirectory;

/**
 * One demo account per role, partner staff at NTU, SCUT and GKC Co., licensee staff at Huaxin and
 * Kangda; all share the password of {@code institute.demo.password}.
 */
@ApplicationScoped
public class AccountsDemoData {

  @Inject private Accounts accounts;
  @Inject private PartnerDirectory partners;

  @Inject
  @ConfigProperty(name = "institute.demo.password")
  private String password;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load(PartnersDemoData.Founders founders) {
    PartnerId ntu = founders.ntu();
    PartnerId scut = founders.scut();
    PartnerId gkc = founders.gkc();
    account(
        "admin",
        "Institute Administrator",
        "admin@ssijri.example",
        "en",
        EnumSet.of(Role.ADMIN),
        null);
    account(
        "ntu.staff",
        "Tan Wei Ling",
        "ntu.staff@ntu.example",
        "en",
        EnumSet.of(Role.PARTNER_STAFF),
        ntu);
    account(
        "scut.staff",
        "李明 Li Ming",
        "scut.staff@scut.example",
        "zh-CN",
        EnumSet.of(Role.PARTNER_STAFF),
        scut);
    account(
        "gkc.staff",
        "陈静 Chen Jing",
        "gkc.staff@gkc.example",
        "zh-CN",
        EnumSet.of(Role.PARTNER_STAFF),
        gkc);
    account(
        "coordinator",
        "Programme Coordinator",
        "coordinator@ssijri.example",
        "en",
        EnumSet.of(Role.COORDINATOR),
        null);
    account(
        "council",
        "Governing Council Member",
        "council@ssijri.example",
        "en",
        EnumSet.of(Role.COUNCIL),
        null);
    account(
        "auditor",
        "Internal Auditor",
        "auditor@ssijri.example",
        "en",
        EnumSet.of(Role.AUDITOR),
        null);
    // staff of two of the licensee companies (decision 0092): they see their company's licences
    account(
        "huaxin.licensee",
        "王芳 Wang Fang",
        "huaxin.licensee@huaxin.example",
        "zh-CN",
        EnumSet.of(Role.LICENSEE),
        licensee("HUAXIN"));
    account(
        "kangda.licensee",
        "张伟 Zhang Wei",
        "kangda.licensee@kangda.example",
        "zh-CN",
        EnumSet.of(Role.LICENSEE),
        licensee("KANGDA"));
  }

  private PartnerId licensee(String code) {
    return partners
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("no partner " + code))
        .id();
  }

  private void account(
      String username,
      String name,
      String email,
      String language,
      Set<Role> roles,
      PartnerId partner) {
    accounts.open(
        new NewAccount(username, name, email, language, roles, partner, password.toCharArray()));
  }
}
