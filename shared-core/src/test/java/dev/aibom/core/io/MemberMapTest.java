package dev.aibom.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact members of a read tree behave as the LinkedHashMap Jackson would use, operation by operation. */
class MemberMapTest {

    /** Random operations on both maps, small and past {@link MemberMap#SMALL}; after each, the same contents. */
    @Test
    void behavesAsALinkedHashMap() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            MemberMap map = new MemberMap();
            Map<String, JsonNode> model = new LinkedHashMap<>();
            int keys = 1 + random.nextInt(round % 3 == 0 ? 40 : 12);
            for (int step = 0; step < 200; step++) {
                String key = "k" + random.nextInt(keys);
                JsonNode value = IntNode.valueOf(random.nextInt(1000));
                switch (random.nextInt(9)) {
                    case 0, 1, 2 -> assertThat(map.put(key, value)).isEqualTo(model.put(key, value));
                    case 3 -> assertThat(map.remove(key)).isEqualTo(model.remove(key));
                    case 4 -> assertThat(map.putIfAbsent(key, value)).isEqualTo(model.putIfAbsent(key, value));
                    case 5 -> { // remove through the iterator
                        Iterator<Map.Entry<String, JsonNode>> mine = map.entrySet().iterator();
                        Iterator<Map.Entry<String, JsonNode>> theirs = model.entrySet().iterator();
                        while (mine.hasNext()) {
                            Map.Entry<String, JsonNode> entry = mine.next();
                            assertThat(entry).isEqualTo(theirs.next());
                            if (entry.getKey().equals(key)) {
                                mine.remove();
                                theirs.remove();
                            }
                        }
                        assertThat(theirs.hasNext()).isFalse();
                    }
                    case 6 -> { // replace through the entries
                        for (Map.Entry<String, JsonNode> entry : map.entrySet()) {
                            if (entry.getKey().equals(key)) {
                                entry.setValue(value);
                            }
                        }
                        model.replace(key, value);
                    }
                    case 7 -> {
                        if (random.nextBoolean()) { // through the views
                            map.keySet().remove(key);
                            model.keySet().remove(key);
                            map.values().remove(value);
                            model.values().remove(value);
                        } else if (random.nextInt(10) == 0) {
                            map.clear();
                            model.clear();
                        }
                    }
                    default -> {
                        assertThat(map.get(key)).isEqualTo(model.get(key));
                        assertThat(map.containsKey(key)).isEqualTo(model.containsKey(key));
                    }
                }
                assertThat(map.size()).isEqualTo(model.size());
                assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(model.entrySet()));
                assertThat(map).isEqualTo(model);
                assertThat(model).isEqualTo(map);
                assertThat(map.hashCode()).isEqualTo(model.hashCode());
                assertThat(map.toString()).isEqualTo(model.toString());
                assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
                assertThat(new ArrayList<>(map.values())).isEqualTo(new ArrayList<>(model.values()));
                assertThat(map.containsValue(value)).isEqualTo(model.containsValue(value));
            }
        }
    }

    @Test
    void anEntryRemovedKeepsItsValueToItselfAndIteratorsFailFast() {
        MemberMap map = new MemberMap();
        map.put("a", IntNode.valueOf(1));
        map.put("b", IntNode.valueOf(2));
        map.put("c", IntNode.valueOf(3));
        Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator();
        it.next();
        Map.Entry<String, JsonNode> b = it.next();
        it.remove();
        b.setValue(IntNode.valueOf(20));
        assertThat(map).containsExactly(Map.entry("a", IntNode.valueOf(1)), Map.entry("c", IntNode.valueOf(3)));
        assertThatThrownBy(it::remove).isInstanceOf(IllegalStateException.class);

        Iterator<Map.Entry<String, JsonNode>> stale = map.entrySet().iterator();
        map.put("d", IntNode.valueOf(4));
        assertThatThrownBy(stale::next).isInstanceOf(ConcurrentModificationException.class);
    }

    /** Past {@link MemberMap#SMALL} members the map hashes: a hostile object of many members is not quadratic. */
    @Test
    void aLargeObjectIsHashed() {
        MemberMap map = new MemberMap();
        for (int i = 0; i <= MemberMap.SMALL; i++) {
            map.put("m" + i, IntNode.valueOf(i));
        }
        assertThat(map.entrySet().getClass().getName()).startsWith("java.util.LinkedHashMap");
        assertThat(map.keySet()).startsWith("m0", "m1").endsWith("m" + MemberMap.SMALL);
    }

    /** Trees read strictly equal trees Jackson reads with its defaults, and short texts are shared. */
    @Test
    void readTreesEqualJacksonsAndShareShortTexts() throws Exception {
        String json = "{\"b\":1,\"a\":[{\"alg\":\"SHA-256\",\"x\":{}},{\"alg\":\"SHA-256\",\"content\":\""
                + "0123456789012345678901234567890123456789\"},{\"content\":\""
                + "0123456789012345678901234567890123456789\"}],\"c\":{\"d\":null,\"e\":[true,1.5,\"\"]}}";
        StrictJson strict = new StrictJson(ReadLimits.DEFAULT, "test", "test", "a test", "the tester");
        JsonNode read = strict.mapper().readTree(json);
        JsonNode plain = new ObjectMapper().readTree(json);
        assertThat(read).isEqualTo(plain);
        assertThat(plain).isEqualTo(read);
        assertThat(read.hashCode()).isEqualTo(plain.hashCode());
        assertThat(read.toString()).isEqualTo(plain.toString());
        assertThat(read.get("a").get(0).get("alg")).isSameAs(read.get("a").get(1).get("alg"));
        assertThat(read.get("a").get(1).get("content")).as("longer than %d: not shared",
                StrictJson.CompactNodes.SHARED_LENGTH).isNotSameAs(read.get("a").get(2).get("content"));
        ObjectNode copy = ((ObjectNode) read).deepCopy();
        copy.remove("b");
        ((ObjectNode) copy.get("c")).put("d", "now set");
        assertThat(read.get("b")).isNotNull();
        assertThat(read.get("c").get("d").isNull()).isTrue();
    }
}
