# A BaseExceptionGroup holding SystemExit is not a SystemExit: it is printed
# and the exit status is 1.
print("before")
raise BaseExceptionGroup("stopping", [SystemExit(3), KeyboardInterrupt()])
