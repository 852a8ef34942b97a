"""A tiny text adventure driven by a fixed list of commands."""

class GameOver(Exception):
    pass

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True, "dark": True},
}

class Player:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0

class Game:
    def __init__(self):
        self.player = Player()
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in ROOMS.items()}
        self.log = []
        self.handlers = {
            "look": self.look, "go": self.go, "take": self.take, "drop": self.drop,
            "inventory": self.inventory, "unlock": self.unlock, "eat": self.eat, "quit": self.quit,
        }
    def say(self, msg):
        self.log.append(msg)
        print("  " + msg)
    def here(self):
        return self.rooms[self.player.room]
    def look(self, *args):
        room = self.here()
        if room.get("dark") and "lamp" not in self.player.inventory:
            self.say("It is pitch black.")
            return
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        self.say("You are in %s. You see: %s. Exits: %s." % (room["desc"], items, exits))
    def go(self, direction=None, *rest):
        if direction is None:
            self.say("Go where?")
            return
        exits = self.here()["exits"]
        if direction not in exits:
            self.say("You can't go %s." % direction)
            return
        target = exits[direction]
        if self.rooms[target].get("locked"):
            self.say("The way %s is locked." % direction)
            return
        self.player.room = target
        self.player.moves += 1
        self.look()
    def take(self, item=None, *rest):
        room = self.here()
        if item not in room["items"]:
            self.say("There is no %s here." % item)
            return
        room["items"].remove(item)
        self.player.inventory.append(item)
        if item == "treasure":
            self.player.score += 100
        self.say("Taken: %s." % item)
    def drop(self, item=None, *rest):
        try:
            self.player.inventory.remove(item)
        except ValueError:
            self.say("You don't have %s." % item)
            return
        self.here()["items"].append(item)
        self.say("Dropped: %s." % item)
    def inventory(self, *args):
        self.say("You carry: %s." % (", ".join(sorted(self.player.inventory)) or "nothing"))
    def unlock(self, *args):
        if "key" not in self.player.inventory:
            self.say("You have no key.")
            return
        unlocked = [n for n, r in self.rooms.items() if r.get("locked") and n in self.here()["exits"].values()]
        if not unlocked:
            self.say("Nothing to unlock here.")
            return
        for n in unlocked:
            self.rooms[n]["locked"] = False
        self.say("Unlocked: %s." % ", ".join(unlocked))
    def eat(self, item=None, *rest):
        if item != "bread" or item not in self.player.inventory:
            self.say("You can't eat that.")
            return
        self.player.inventory.remove(item)
        self.player.score += 5
        self.say("Delicious.")
    def quit(self, *args):
        raise GameOver("quit after %d moves" % self.player.moves)
    def run(self, commands):
        for cmd in commands:
            print("> " + cmd)
            words = cmd.lower().split()
            if not words:
                continue
            verb, args = words[0], words[1:]
            handler = self.handlers.get(verb)
            if handler is None:
                self.say("I don't understand %r." % verb)
                continue
            try:
                handler(*args)
            except GameOver as e:
                self.say("Game over: %s" % e)
                break
        return self.player.score

game = Game()
score = game.run([
    "look", "take lamp", "go north", "take book", "take key", "take sword", "go west",
    "go south", "go east", "take bread", "go down", "unlock", "go down", "take treasure",
    "inventory", "eat bread", "eat lamp", "drop book", "look", "dance", "", "quit", "look",
])
print("score:", score, "moves:", game.player.moves, "messages:", len(game.log))
print(sorted(game.player.inventory), game.rooms["cellar"]["items"])
