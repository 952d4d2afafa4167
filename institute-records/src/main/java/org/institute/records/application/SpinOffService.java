package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.NewSpinOff;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffPage;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.records.domain.SpinOff;
import org.institute.records.domain.SpinOffRepository;

@ApplicationScoped
@Transactional
class SpinOffService implements SpinOffs {

  @Inject private SpinOffRepository spinOffs;
  @Inject private SpinOffRules rules;
  @Inject private KnownPatentFamilies knownFamilies;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private RecordsPolicy policy;
  @Inject private Clock clock;

  @Override
  public SpinOffPage spinOffs(SpinOffQuery query, int firstResult, int maxResults) {
    Scope viewer = scope();
    List<SpinOff> page = spinOffs.page(query, viewer, firstResult, maxResults);
    Set<Long> families = new HashSet<>();
    page.forEach(s -> families.addAll(s.patentFamilies()));
    Map<Long, PatentFamilyRef> known = families.isEmpty() ? Map.of() : knownFamilies.find(families);
    return new SpinOffPage(
        page.stream().map(s -> s.view(known)).toList(), spinOffs.count(query, viewer));
  }

  @Override
  public Optional<SpinOffView> spinOff(long id) {
    Scope viewer = scope();
    return spinOffs.find(id).filter(s -> viewer.includes(s.originPartner())).map(this::view);
  }

  @Override
  public SpinOffView record(NewSpinOff c) {
    policy.requireManager("recording a spin-off");
    rules.check(
        true,
        c.nameEn(),
        c.nameZh(),
        c.founders(),
        c.originPartner(),
        c.patentFamilies(),
        c.foundedOn(),
        c.status());
    SpinOff spinOff = new SpinOff(c, clock.instant());
    spinOffs.add(spinOff);
    spinOffs.flush();
    audit.record(
        "SPIN_OFF_RECORDED",
        "SpinOff",
        spinOff.id().toString(),
        spinOff.nameEn()
            + ", from partner "
            + c.originPartner()
            + ", founded "
            + c.foundedOn()
            + ", "
            + c.status()
            + ", patent families "
            + c.patentFamilies());
    return view(spinOff);
  }

  @Override
  public SpinOffView change(long id, SpinOffChanges c) {
    policy.requireManager("changing a spin-off");
    SpinOff spinOff = spinOffs.find(id).orElseThrow(() -> new RecordNotFoundException("spin-off"));
    ConflictException.requireVersion(c.version(), spinOff.version());
    rules.check(
        false,
        c.nameEn(),
        c.nameZh(),
        c.founders(),
        c.originPartner(),
        c.patentFamilies(),
        c.foundedOn(),
        c.status());
    spinOff.change(c);
    spinOffs.flush();
    audit.record("SPIN_OFF_CHANGED", "SpinOff", Long.toString(id), changed(c));
    return view(spinOff);
  }

  private static String changed(SpinOffChanges c) {
    StringBuilder s = new StringBuilder("changed:");
    if (c.nameEn() != null) s.append(" nameEn=").append(c.nameEn());
    if (c.nameZh() != null) s.append(" nameZh=").append(c.nameZh());
    if (c.founders() != null) s.append(" founders=").append(c.founders().size());
    if (c.originPartner() != null) s.append(" originPartner=").append(c.originPartner());
    if (c.patentFamilies() != null) s.append(" patentFamilies=").append(c.patentFamilies());
    if (c.foundedOn() != null) s.append(" foundedOn=").append(c.foundedOn());
    if (c.status() != null) s.append(" status=").append(c.status());
    return s.toString();
  }

  private SpinOffView view(SpinOff s) {
    Set<Long> families = s.patentFamilies();
    return s.view(families.isEmpty() ? Map.of() : knownFamilies.find(families));
  }

  private Scope scope() {
    return policy.readScope("reading spin-offs");
  }
}
